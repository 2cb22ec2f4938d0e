import { pick, type Picked, type Translate, type UiKey, type UiLang } from '../../i18n';
import ru from '../../i18n/ru.json';
import type { Graph } from '../graph';
import type { Finding, FindingParagraph } from './types';

const isUiKey = (key: string): key is UiKey => Object.hasOwn(ru, key);

/** A rule's name in the UI language (`audit.rule.<id>`), or its id where it has none. */
export function ruleName(id: string, t: Translate): string {
  const key = `audit.rule.${id}`;
  return isUiKey(key) ? t(key) : id;
}

/** A finding's message in the UI language: English on English pages, Russian on the others. */
export function findingMessage(finding: Finding, lang: UiLang): Picked {
  return pick(finding.message, lang);
}

/** «Результаты и обсуждение, абз. 8»: a paragraph by its section's name and its number. */
export function paragraphLabel(
  graph: Graph,
  { section, paragraph }: FindingParagraph,
  lang: UiLang,
  t: Translate,
): Picked {
  const name = pick(graph.entry('sections', section).data.navTitle, lang);
  return { text: `${name.text}, ${t('locator.paragraph')} ${paragraph}`, lang: name.lang };
}
