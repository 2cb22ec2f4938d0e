import type { Phrase } from '../../i18n/phrase';
import type { Graph } from '../graph';
import type { EntityCollection } from '../collections';

/** How much a finding matters to a reader relying on the article (the scale notes use). */
export type Severity = 'error' | 'warning' | 'info';

/** An entry a finding is about: one that has its own page. */
export interface FindingEntity {
  /** The collection. */
  collection: EntityCollection;
  /** The entry's id. */
  id: string;
}

/** A body paragraph a finding is about. */
export interface FindingParagraph {
  /** The section's id (`<article>/<section>`). */
  section: string;
  /** The paragraph's number in the section, from 1. */
  paragraph: number;
}

/** One inconsistency in the encoded data, found by a rule (never from a list of known slips). */
export interface Finding {
  /** The id of the rule that found it. */
  rule: string;
  /** The rule's severity. */
  severity: Severity;
  /** What is inconsistent, as a phrase each page renders in its own language. */
  message: Phrase;
  /** The entries concerned, most directly concerned first. */
  about: FindingEntity[];
  /** The body paragraphs concerned, in reading order. */
  paragraphs: FindingParagraph[];
}

/** One check: a pure function of the graph. */
export interface Rule {
  /** A stable kebab-case id (also the i18n key `audit.rule.<id>`). */
  id: string;
  /** The severity of every finding it reports. */
  severity: Severity;
  /** Every inconsistency the rule finds, each reported once. */
  check(graph: Graph): Finding[];
}

/** A finding of `rule`; entities and paragraphs are deduplicated, keeping their first order. */
export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  message: Finding['message'],
  about: FindingEntity[],
  paragraphs: FindingParagraph[] = [],
): Finding {
  const unique = <T>(items: T[], key: (item: T) => string) => {
    const seen = new Set<string>();
    return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
  };
  return {
    rule: rule.id,
    severity: rule.severity,
    message,
    about: unique(about, (e) => `${e.collection}:${e.id}`),
    paragraphs: unique(paragraphs, (p) => `${p.section}#${p.paragraph}`),
  };
}
