/**
 * The reader's citation style, remembered in the browser for the cite box and the paragraphs'
 * copy buttons (no imports, so the client bundle stays small). Without storage (private modes,
 * storage switched off) the choice lasts as long as the page.
 */

const KEY = 'cite-style';

/** The remembered style if it is one of `offered`, else the first offered. */
export function chosenStyle(offered: readonly string[]): string {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // Storage refused: the first style stands.
  }
  return stored !== null && offered.includes(stored) ? stored : (offered[0] ?? '');
}

/** Remembers a style the reader picked. */
export function chooseStyle(style: string): void {
  try {
    localStorage.setItem(KEY, style);
  } catch {
    // Storage refused: the choice lasts as long as the page.
  }
}
