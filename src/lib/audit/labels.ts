import { pick, type Picked, type Translate, type UiLang } from '../../i18n';
import { RULE_NAME } from '../../i18n/keys';
import { renderPhrase } from '../../i18n/phrase';
import type { Graph } from '../graph';
import type { Finding, FindingParagraph } from './types';

const isNamed = (id: string): id is keyof typeof RULE_NAME => Object.hasOwn(RULE_NAME, id);

/** A rule's name in the UI language, or its id where it has none. */
export function ruleName(id: string, t: Translate): string {
  return isNamed(id) ? t(RULE_NAME[id]) : id;
}

/** A finding's message in the UI language. */
export function findingMessage(finding: Finding, lang: UiLang): Picked {
  return { text: renderPhrase(finding.message, lang), lang };
}

/** «Результаты и обсуждение, абз. 8»: a paragraph by its section's name and its number. */
export function paragraphLabel(
  graph: Graph,
  { section, paragraph }: FindingParagraph,
  lang: UiLang,
  t: Translate,
): Picked {
  const name = pick(graph.entry('sections', section).data.navTitle, lang);
  return { text: t('locator.sectionParagraph', { section: name.text, number: paragraph }), lang: name.lang };
}
