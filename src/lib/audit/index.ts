import { getGraph, type Graph } from '../graph';
import type { EntityCollection } from '../collections';
import { footnoteRepeated } from './rules/footnote-repeated';
import { printedFormsDiffer } from './rules/printed-forms-differ';
import { referencesTransliteration } from './rules/references-transliteration';
import { referenceNeverCited } from './rules/reference-never-cited';
import { repealedPresentedInForce } from './rules/repealed-presented-in-force';
import { sameQuantityDifferentValues } from './rules/same-quantity-different-values';
import { trackingParametersRule } from './rules/tracking-parameters';
import { urlPointsToOtherAct } from './rules/url-points-to-other-act';
import { urlSlugDiffers } from './rules/url-slug-differs';
import { webSourceIncomplete } from './rules/web-source-incomplete';
import type { Finding, Rule, Severity } from './types';

export type { Finding, FindingEntity, FindingParagraph, Rule, Severity } from './types';

/** Every rule, in the order their findings are listed within a severity. */
export const RULES: readonly Rule[] = [
  sameQuantityDifferentValues,
  urlPointsToOtherAct,
  printedFormsDiffer,
  webSourceIncomplete,
  repealedPresentedInForce,
  referenceNeverCited,
  footnoteRepeated,
  trackingParametersRule,
  referencesTransliteration,
  urlSlugDiffers,
];

/** Severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding's identity: the same rule saying the same thing about the same entries. */
const findingKey = (f: Finding): string =>
  [f.rule, JSON.stringify(f.message), ...f.about.map((e) => `${e.collection}:${e.id}`)].join('\n');

/**
 * Runs every rule on the graph. Findings come most serious first, then in rule order; each
 * finding's paragraphs are put in reading order, and a finding two rules or passes would report
 * alike is kept once.
 */
export function auditGraph(graph: Graph, rules: readonly Rule[] = RULES): Finding[] {
  const readingOrder = new Map(graph.collections.sections.map((s, index) => [s.id, index]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const found of rule.check(graph)) {
      const key = findingKey(found);
      if (seen.has(key)) continue;
      seen.add(key);
      found.paragraphs.sort(
        (a, b) =>
          (readingOrder.get(a.section) ?? 0) - (readingOrder.get(b.section) ?? 0) ||
          a.paragraph - b.paragraph,
      );
      findings.push(found);
    }
  }
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  // Array.prototype.sort is stable, so rule order holds within a severity.
  return findings.sort((a, b) => rank(a) - rank(b));
}

/**
 * The findings that concern an entry: those about it, and for a section also those about one of
 * its paragraphs.
 */
export function findingsAbout(
  findings: readonly Finding[],
  collection: EntityCollection,
  id: string,
): Finding[] {
  return findings.filter(
    (f) =>
      f.about.some((e) => e.collection === collection && e.id === id) ||
      (collection === 'sections' && f.paragraphs.some((p) => p.section === id)),
  );
}

let cached: Promise<Finding[]> | undefined;

/** The audit of the site's content, computed once during the build and shared by every page. */
export function getAudit(): Promise<Finding[]> {
  cached ??= getGraph().then((graph) => auditGraph(graph));
  return cached;
}
