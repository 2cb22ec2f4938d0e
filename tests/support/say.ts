import { renderPhrase } from '../../src/i18n/phrase';
import type { UiLang } from '../../src/i18n';
import type { Finding } from '../../src/lib/audit';

/** A finding's message as a page in `lang` shows it (undefined when there is no finding). */
export function say(finding: Finding | undefined, lang: UiLang): string | undefined {
  return finding && renderPhrase(finding.message, lang);
}
