import { beforeAll, describe, expect, test } from 'vitest';
import { CITATION_STYLES, citeRecord, formatCitation } from '../../../src/lib/cite';
import { recordTargets } from '../../../src/lib/cite/files';
import { localeTerm } from '../../../src/lib/cite/locales';
import { formatDate } from '../../../src/lib/format';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import type { CslItem } from '../../../src/lib/open-data/csl';
import { loadContent } from '../../support/load-content';

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
});

/** Every text value of a record, which a citation prints as it stands, in the work's own language. */
function values(item: CslItem): string[] {
  const names = (item.author ?? []).flatMap((name) =>
    'literal' in name ? [name.literal] : [name.family, name.given],
  );
  return [
    ...names,
    ...Object.values(item).filter((value): value is string => typeof value === 'string'),
  ].sort((a, b) => b.length - a.length);
}

describe('the words of a citation come from the UI language’s locale', { timeout: 60_000 }, () => {
  test('no English word in a Russian or Kazakh citation, outside the work’s own values', () => {
    for (const target of recordTargets(graph)) {
      const item = citeRecord(graph, target, 'https://x.org/page/');
      for (const style of CITATION_STYLES)
        for (const lang of ['ru', 'kk'] as const) {
          const { reference, citation } = formatCitation(graph, target, style, lang, {
            url: 'https://x.org/page/',
          });
          let words = `${reference} ${citation?.text ?? ''}`.replaceAll('\u202f', ' ');
          for (const value of values(item)) words = words.replaceAll(value, '');
          // Addresses and the URL/DOI labels are the same in every language.
          words = words.replace(/https?:\/\/\S+/gu, '').replace(/\b(?:URL|DOI)\b/gu, '');
          expect(words, `${style} ${lang} ${target.id}`).not.toMatch(/[A-Za-z]{2,}/u);
        }
    }
  });

  test('the Kazakh locale speaks Kazakh, the Russian one names months in the genitive', () => {
    expect(localeTerm('kk-KZ', 'accessed')).toBe('қаралған күні');
    expect(localeTerm('kk-KZ', 'paragraph', 'short')).toBe('абз.');
    expect(localeTerm('ru-RU', 'month-06')).toBe('июня');
    expect(localeTerm('ru-RU', 'number', 'short')).toBe('№');
  });

  test('a citation writes a date as the rest of the site does, in each UI language', () => {
    const web = { collection: 'sources', id: 'sarsenova-aitasova-labour-migration' } as const;
    for (const lang of ['ru', 'en'] as const)
      expect(formatCitation(graph, web, 'chicago', lang).reference, lang).toContain(
        formatDate('2025-06-12', lang),
      );
    // Kazakh citations abbreviate the year as bibliographic notes do («ж.»); the site's prose
    // writes it in full, as official texts do («жылғы»).
    expect(formatCitation(graph, web, 'chicago', 'kk').reference).toContain('2025 ж. 12 маусым');
    expect(formatDate('2025-06-12', 'kk')).toBe('2025 жылғы 12 маусым');
  });
});
