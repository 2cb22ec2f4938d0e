import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { loadContent } from '../support/load-content';

/**
 * The encoded article against the text as received: counts, coverage and fidelity.
 * The source file is read here only; the site never reads it.
 */
const ARTICLE = 'moldakhmetova-2025';
let graph: Graph;
let sourceText: string;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  sourceText = readFileSync(`content/source/${graph.entry('articles', ARTICLE).data.sourceText}`, 'utf8');
});

/** The source's lines, each trimmed: paragraphs and list entries are single lines there. */
const sourceLines = () => sourceText.split('\n').map((line) => line.trim());

describe('counts match the article', () => {
  test('four sections in reading order, with their paragraphs', () => {
    const sections = graph.sections(ARTICLE);
    expect(sections.map((s) => s.data.heading)).toEqual([
      'Введение',
      'Материалы методы',
      'Результаты и обсуждение',
      'Заключение',
    ]);
    expect(sections.map((s) => graph.paragraphs(s.id).length)).toEqual([7, 7, 17, 6]);
  });

  test('ten numbered references and nine footnotes, numbered without gaps', () => {
    expect(graph.references(ARTICLE).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(graph.footnotes(ARTICLE).map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('the tail of the previous article (items 16–19) is not a source', () => {
    const printed = graph.collections.sources.flatMap((s) => s.data.citedAs.map((c) => c.printed));
    for (const foreign of ['Uber BV v Aslam', 'Employment Outlook 2024', 'WESO 2021', 'Humans as a Service']) {
      expect(printed.some((p) => p.includes(foreign))).toBe(false);
    }
  });
});

describe('every source is cited in the body', () => {
  test('each reference is cited at least once', () => {
    const uncited = graph.references(ARTICLE).filter((r) =>
      graph.citedIn('sources', r.source.id).every((site) => site.form !== 'reference' || site.number !== r.number),
    );
    expect(uncited.map((r) => r.number)).toEqual([]);
  });

  test('each footnote is marked in the body at least once', () => {
    const unmarked = graph.footnotes(ARTICLE).filter((f) =>
      graph.citedIn('sources', f.source.id).every((site) => site.form !== 'footnote' || site.number !== f.number),
    );
    expect(unmarked.map((f) => f.number)).toEqual([]);
  });
});

describe('figures', () => {
  test('a figure with a footnote source carries that marker in its sentence; one without has none', () => {
    const markers = '⁰¹²³⁴⁵⁶⁷⁸⁹';
    for (const { id, data } of graph.collections.statistics) {
      const sentence = data.sentence.text;
      if (data.source.given === 'footnote') {
        const paragraph = graph.citedIn('statistics', id)[0]?.text ?? '';
        const marker = [...String(data.source.number)].map((d) => markers[Number(d)]).join('');
        expect(paragraph, id).toContain(marker);
      } else {
        expect(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(sentence), id).toBe(false);
      }
    }
  });

  test('every figure is mentioned in the text where its sentence stands', () => {
    for (const { id, data } of graph.collections.statistics) {
      const locator = data.sentence.locator;
      const sites = graph.citedIn('statistics', id);
      expect(locator.in === 'body' && sites.some((s) => s.section.id === locator.section.id && s.paragraph === locator.paragraph), id).toBe(true);
    }
  });
});

describe('every act the body names has a norm entry', () => {
  // Words that open the name of an instrument in Russian legal prose.
  const ACT_WORDS = /(Конституц|Закон|[Кк]одекс|Концепц|Договор|Конвенц|Стратеги|Указ|Постановлени)\S*/g;

  test('each such word lies inside a norm quote located in the same paragraph', () => {
    const quotes = graph.collections.norms.flatMap((n) =>
      [...n.data.namedAs, ...n.data.identifiedAs].map((q) => ({ norm: n.id, ...q })),
    );
    const unmatched: string[] = [];
    for (const section of graph.sections(ARTICLE)) {
      graph.paragraphs(section.id).forEach((text, index) => {
        const here = quotes.filter(
          (q) => q.locator.in === 'body' && q.locator.section.id === section.id && q.locator.paragraph === index + 1,
        );
        for (const match of text.matchAll(ACT_WORDS)) {
          const at = match.index;
          const covered = here.some((q) => {
            let from = text.indexOf(q.text);
            while (from >= 0) {
              if (from <= at && at < from + q.text.length) return true;
              from = text.indexOf(q.text, from + 1);
            }
            return false;
          });
          if (!covered) unmatched.push(`${section.id} p${index + 1}: «${match[0]}»`);
        }
      });
    }
    expect(unmatched).toEqual([]);
  });
});

describe('fidelity to the received text', () => {
  test('every paragraph stands verbatim on one line of the source', () => {
    const lines = new Set(sourceLines());
    const missing = graph.collections.sections.flatMap((s) =>
      graph.paragraphs(s.id).filter((p) => !lines.has(p)).map((p) => `${s.id}: ${p.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  test('every footnote is printed verbatim after its marker', () => {
    const lines = sourceLines();
    const markers = '⁰¹²³⁴⁵⁶⁷⁸⁹';
    for (const footnote of graph.footnotes(ARTICLE)) {
      const marker = markers[footnote.number];
      const line = lines.find((l) => l.startsWith(`${marker} ${footnote.printed}`) || l.startsWith(`${marker}${footnote.printed}`));
      expect(line, `footnote ${footnote.number}`).toBeDefined();
    }
  });

  test('both printed forms of every reference are verbatim list entries', () => {
    // Entry 7 of the Russian list is broken across a page break; it is read joined.
    const text = sourceText.replace('// Инновации\n\nи инвестиции', '// Инновации и инвестиции');
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    for (const reference of graph.references(ARTICLE)) {
      expect(lines.has(`${reference.number} ${reference.printed}`), `reference ${reference.number} (ru)`).toBe(true);
      expect(lines.has(`${reference.number} ${reference.printedTransliterated}`), `reference ${reference.number} (translit)`).toBe(true);
    }
  });

  test('titles, abstracts and keywords are verbatim', () => {
    const { data } = graph.entry('articles', ARTICLE);
    const lines = new Set(sourceLines());
    for (const lang of ['ru', 'kk', 'en'] as const) {
      expect(lines.has(data.title[lang]), `title ${lang}`).toBe(true);
      expect(sourceText.replace('international\n\nobligations', 'international obligations')).toContain(data.abstract[lang]);
      for (const keyword of data.keywords[lang]) expect(sourceText, `keyword ${keyword}`).toContain(keyword);
    }
    expect(sourceText).toContain(data.doi);
  });
});
