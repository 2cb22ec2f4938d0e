/**
 * The article's own ways of pointing at things, as they appear in its printed text:
 * superscript footnote markers (¹ … ⁹, ¹⁰ …) and bracket citations of the numbered reference
 * list ([1], [5 - 7], [1; 9; 10]). Plain functions, shared by the remark plugin and the tests.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Matches a run of superscript digits: one footnote marker. */
export const FOOTNOTE_MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Matches a bracket citation: numbers separated by `;` (a list) or a dash (a range). */
export const BRACKET_CITATION = /\[(\d+(?:\s*[;\-–]\s*\d+)*)\]/g;

/** The number a superscript marker stands for: `¹⁰` → 10. */
export function footnoteNumber(marker: string): number {
  let value = 0;
  for (const char of marker) {
    const digit = SUPERSCRIPT_DIGITS.indexOf(char);
    if (digit < 0) throw new Error(`"${marker}" is not a superscript number`);
    value = value * 10 + digit;
  }
  return value;
}

/** One printed number inside a bracket citation, with what stands between it and the next. */
export interface BracketPart {
  /** The number as printed. */
  number: number;
  /** The separator printed after it (`; `, ` - `), empty for the last. */
  separator: string;
}

/** Splits the inside of a bracket citation into its printed numbers and separators. */
export function bracketParts(inner: string): BracketPart[] {
  const tokens = inner.split(/(\s*[;\-–]\s*)/);
  const parts: BracketPart[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    parts.push({ number: Number(tokens[i]), separator: tokens[i + 1] ?? '' });
  }
  return parts;
}

/**
 * Every reference number a bracket citation cites: lists as printed, ranges expanded
 * (`5 - 7` cites 5, 6 and 7). A range that runs backwards is an error in the text.
 */
export function citedNumbers(inner: string): number[] {
  const parts = bracketParts(inner);
  const numbers: number[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    if (previous && /[-–]/.test(previous.separator)) {
      if (part.number <= previous.number) {
        throw new Error(`citation range [${inner}] does not run upwards`);
      }
      for (let n = previous.number + 1; n <= part.number; n++) numbers.push(n);
    } else {
      numbers.push(part.number);
    }
  });
  return numbers;
}

/**
 * A mention's link target, `scheme:id` (`norm:kz-constitution-1995`); the scheme names the
 * collection (an unknown one is an error), the id is a file name.
 */
export const MENTION_URL = /^(\w+):([a-z0-9][a-z0-9-]*)$/;
