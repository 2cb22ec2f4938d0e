import { beforeAll, describe, expect, test } from 'vitest';
import { auditGraph, type Finding } from '../../src/lib/audit';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { loadContent } from '../support/load-content';
import { say } from '../support/say';

/**
 * The audit on the encoded article: the slips the article is known to have must be found by the
 * rules (this list checks the rules; the rules never read it), each once.
 */
let graph: Graph;
let findings: Finding[];
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  findings = auditGraph(graph);
});

/** The findings of a rule that concern an entity. */
const about = (rule: string, collection: string, id: string) =>
  findings.filter((f) => f.rule === rule && f.about.some((e) => e.collection === collection && e.id === id));

/** The one finding of a rule about an entity (fails if there is none or more). */
function the(rule: string, collection: string, id: string): Finding {
  const found = about(rule, collection, id);
  expect(found, `${rule} about ${collection}:${id}`).toHaveLength(1);
  return found[0]!;
}

describe('the audit finds the article’s slips by rule', () => {
  test('the CIS share of 2022 arrivals: 86,1 % and 85,9%', () => {
    const finding = the('same-quantity-different-values', 'statistics', 'arrivals-2022-cis-share-86-1');
    expect(finding.about.map((e) => e.id).sort()).toEqual([
      'arrivals-2022-cis-share-85-9',
      'arrivals-2022-cis-share-86-1',
    ]);
    expect(finding.severity).toBe('error');
    expect(say(finding, 'ru')).toContain('«86,1 %»');
    expect(say(finding, 'ru')).toContain('«85,9%»');
    expect(finding.paragraphs).toEqual([
      { section: 'moldakhmetova-2025/results-and-discussion', paragraph: 8 },
      { section: 'moldakhmetova-2025/results-and-discussion', paragraph: 9 },
    ]);
  });

  test('reference 5: the DOAJ address differs between the two lists', () => {
    const finding = the('printed-forms-differ', 'sources', 'abaideldinov-muksinova-labour-migration');
    expect(say(finding, 'en')).toContain('Reference 5');
    expect(say(finding, 'en')).toContain('1d6fbef9bb');
    expect(say(finding, 'en')).toContain('1d6f6ef9bb');
  });

  test('reference 3: «Айтасова» transliterated «Ajasova»; reference 10: Cyrillic left in References', () => {
    expect(say(the('printed-forms-differ', 'sources', 'sarsenova-aitasova-labour-migration'), 'ru')).toContain(
      '«Айтасова» транслитерирована как «Ajasova»',
    );
    expect(say(the('printed-forms-differ', 'sources', 'migrant-vulnerabilities-central-asia-2016'), 'en')).toContain(
      '«Астана»',
    );
  });

  test('footnotes 2 and 5 link to Z1100000477 (the 2011 Law) while decree No. 961 is P2200000961', () => {
    const finding = the('url-points-to-other-act', 'sources', 'act-kz-concept-migration-2023-2027');
    expect(finding.about).toContainEqual({ collection: 'norms', id: 'kz-concept-migration-2023-2027' });
    expect(finding.about).toContainEqual({ collection: 'norms', id: 'kz-law-migration-2011' });
    expect(say(finding, 'en')).toContain('footnote 2, footnote 5');
    expect(say(finding, 'en')).toContain('Z1100000477');
    expect(say(finding, 'en')).toContain('P2200000961');
    expect(finding.paragraphs).toEqual([
      { section: 'moldakhmetova-2025/introduction', paragraph: 6 },
      { section: 'moldakhmetova-2025/results-and-discussion', paragraph: 5 },
    ]);
  });

  test('footnote 3: U070000399 without its underscore', () => {
    const finding = the('url-points-to-other-act', 'sources', 'act-kz-concept-migration-2007-2015');
    expect(say(finding, 'en')).toContain('U070000399_');
    expect(say(finding, 'en')).toContain('differs only by the trailing underscore');
  });

  test('footnote 4: «URL:» and no address', () => {
    const finding = the('web-source-incomplete', 'sources', 'act-kz-law-migration-2011');
    expect(say(finding, 'en')).toContain('footnote 4: «URL:» is followed by no address');
  });

  test('tracking parameters in reference 2 and footnote 9', () => {
    expect(say(the('tracking-parameters', 'sources', 'zhadauova-karakhozhaev-2021'), 'en')).toContain(
      'reference 2 (utm_source, pos, #pos)',
    );
    expect(say(the('tracking-parameters', 'sources', 'mondaq-labor-migration-kazakhstan'), 'en')).toContain(
      'footnote 9 (utm_source)',
    );
  });

  test('References departs from its own transliteration scheme: refs 9, 6, 10, and the access-date formula', () => {
    const own = (id: string) =>
      about('references-transliteration', 'sources', id).filter((f) => f.about.length === 1);
    expect(say(own('timoshkin-voloshin-2023')[0], 'en')).toContain(
      '«рынок»: expected «rynok», printed «rynek»',
    );
    expect(say(own('kirilenko-alekseev-chaava-2022')[0], 'en')).toContain(
      '«трудящихся-мигрантов»: expected «trudjashhihsja-migrantov», printed «trudjashhihsja migrantov»',
    );
    expect(say(own('migrant-vulnerabilities-central-asia-2016')[0], 'en')).toContain(
      '«последствия»: expected «posledstvija», printed «posledstviya»',
    );
    expect(say(own('sarsenova-aitasova-labour-migration')[0], 'en')).toContain('printed «Ajasova»');
    const formula = findings.filter((f) => f.rule === 'references-transliteration' && f.about.length > 1);
    expect(formula).toHaveLength(1);
    expect(say(formula[0], 'en')).toContain('entries 2, 3, 5, 6, 7, 8, 9');
  });

  test('CyberLeninka slugs that do not match the title: refs 7 and 9', () => {
    expect(say(the('url-slug-differs', 'sources', 'shubenkova-shichkin-2021'), 'en')).toContain(
      '«достойного»: expected «dostoynogo», the address has «dostoyrnogo»',
    );
    expect(say(the('url-slug-differs', 'sources', 'timoshkin-voloshin-2023'), 'en')).toContain(
      '«влияют»: expected «vliyayut», the address has «vliayut»',
    );
    expect(findings.filter((f) => f.rule === 'url-slug-differs')).toHaveLength(2);
  });

  test('footnotes 2 and 5 repeat each other', () => {
    const finding = the('footnote-repeated', 'sources', 'act-kz-concept-migration-2023-2027');
    expect(say(finding, 'en')).toContain('footnote 2, footnote 5');
  });

  test('the 1995 Constitution, replaced in 2026, cited in the body', () => {
    const finding = the('repealed-presented-in-force', 'norms', 'kz-constitution-1995');
    expect(say(finding, 'en')).toContain('was replaced as of July 1, 2026');
    expect(finding.paragraphs).toContainEqual({
      section: 'moldakhmetova-2025/results-and-discussion',
      paragraph: 6,
    });
  });

  test('the 2007–2015 Concept is not reported: its footnote says it lost force', () => {
    expect(about('repealed-presented-in-force', 'norms', 'kz-concept-migration-2007-2015')).toEqual([]);
  });

  test('every footnote and reference is cited in the body', () => {
    expect(findings.filter((f) => f.rule === 'reference-never-cited')).toEqual([]);
  });
});

describe('the audit is well-formed', () => {
  test('nothing is reported twice', () => {
    const keys = findings.map((f) =>
      [f.rule, ...f.about.map((e) => `${e.collection}:${e.id}`).sort()].join(' '),
    );
    expect(keys.length).toBe(new Set(keys).size);
  });

  test('every entity and paragraph a finding names exists', () => {
    for (const finding of findings) {
      for (const { collection, id } of finding.about) expect(() => graph.entry(collection, id)).not.toThrow();
      for (const { section, paragraph } of finding.paragraphs)
        expect(graph.paragraphs(section)[paragraph - 1], `${section}#${paragraph}`).toBeDefined();
      expect(say(finding, 'ru')).not.toBe('');
      expect(say(finding, 'en')).not.toBe('');
    }
  });
});
