import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { glossaryFormLanguage } from '../../../src/lib/queries/glossary-form-language';
import { noteSubjects } from '../../../src/lib/queries/note-subjects';
import { normsOfOrganization } from '../../../src/lib/queries/organization-norms';
import { sameMeasure } from '../../../src/lib/queries/same-measure';
import { sectionNeighbours } from '../../../src/lib/queries/section-neighbours';
import { changed } from '../graph/fixtures';

describe('normsOfOrganization', () => {
  test('lists the norms an organization adopted or is the jurisdiction of', async () => {
    const { norms } = await changed((c) => {
      const [norm] = c.norms;
      const organization = { collection: 'organizations', id: 'demo-university' } as const;
      const adopted = structuredClone(norm!);
      adopted.id = 'demo-adopted';
      adopted.data.official.adoptedBy = organization;
      adopted.data.namedAs = [];
      const treaty = structuredClone(norm!);
      treaty.id = 'demo-treaty';
      treaty.data.jurisdiction = organization;
      treaty.data.namedAs = [];
      c.norms.push(adopted, treaty);
    });
    expect(normsOfOrganization(norms, 'demo-university').map((n) => n.id)).toEqual([
      'demo-adopted',
      'demo-treaty',
    ]);
    expect(normsOfOrganization(norms, 'no-such-organization')).toEqual([]);
  });
});

describe('glossaryFormLanguage', () => {
  let articles: Collections['articles'];
  beforeAll(async () => {
    articles = (
      await changed((c) => {
        const { data } = c.articles[0]!;
        data.keywords = { ru: ['квота'], kk: ['квота', 'жұмыс'], en: ['work permit'] };
      })
    ).articles;
  });

  test('is Kazakh or English for a form found only in that front matter', () => {
    expect(glossaryFormLanguage(articles, 'ЖҰМЫС')).toBe('kk');
    expect(glossaryFormLanguage(articles, 'Work Permit')).toBe('en');
  });

  test('is Russian for a form in the Russian front matter or only in the body', () => {
    expect(glossaryFormLanguage(articles, 'квота')).toBe('ru');
    expect(glossaryFormLanguage(articles, 'конституции')).toBe('ru');
  });
});

describe('sectionNeighbours', () => {
  let sections: Collections['sections'];
  beforeAll(async () => {
    sections = (
      await changed((c) => {
        for (const [id, order] of [
          ['demo-2024/methods', 2],
          ['demo-2024/conclusion', 3],
        ] as const) {
          const section = structuredClone(c.sections[0]!);
          section.id = id;
          section.data.order = order;
          c.sections.push(section);
        }
      })
    ).sections;
  });
  const ids = (n: ReturnType<typeof sectionNeighbours>) => [n.previous?.id, n.next?.id];

  test('are the sections before and after in reading order, none past either end', () => {
    const [first, middle, last] = sections;
    expect(ids(sectionNeighbours(sections, first!))).toEqual([undefined, 'demo-2024/methods']);
    expect(ids(sectionNeighbours(sections, middle!))).toEqual([
      'demo-2024/introduction',
      'demo-2024/conclusion',
    ]);
    expect(ids(sectionNeighbours(sections, last!))).toEqual(['demo-2024/methods', undefined]);
  });

  test('are none for an article’s only section', () => {
    expect(sectionNeighbours(sections.slice(0, 1), sections[0]!)).toEqual({});
  });
});

describe('noteSubjects', () => {
  test('are the entries a note is about, in schema order, without its paragraphs and comparison rows', async () => {
    const { notes } = await changed((c) => {
      const { about } = c.notes[0]!.data;
      about.organizations = [{ collection: 'organizations', id: 'demo-university' }];
      about.articles = [{ collection: 'articles', id: 'demo-2024' }];
      about.comparisons = [{ collection: 'comparisons', id: 'permit' }];
    });
    expect(noteSubjects(notes[0]!)).toEqual([
      { collection: 'articles', id: 'demo-2024' },
      { collection: 'norms', id: 'demo-constitution' },
      { collection: 'organizations', id: 'demo-university' },
    ]);
  });
});

describe('sameMeasure', () => {
  test('are the other figures of the same measure, none for a measure of its own', async () => {
    const { statistics } = await changed((c) => {
      const [arrivals] = c.statistics;
      for (const [id, measure] of [
        ['demo-arrivals-2023', 'arrivals'],
        ['demo-permits', 'permits'],
      ] as const) {
        const figure = structuredClone(arrivals!);
        figure.id = id;
        figure.data.measure = measure;
        c.statistics.push(figure);
      }
    });
    const [arrivals, arrivals2023, permits] = statistics;
    expect(sameMeasure(statistics, arrivals!).map((s) => s.id)).toEqual(['demo-arrivals-2023']);
    expect(sameMeasure(statistics, arrivals2023!).map((s) => s.id)).toEqual(['demo-arrivals']);
    expect(sameMeasure(statistics, permits!)).toEqual([]);
  });
});
