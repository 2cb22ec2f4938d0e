import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../src/lib/collections';
import { entryId, listContentFiles } from '../../src/lib/content-files';
import { ENTITY_COLLECTIONS, type EntityCollection } from '../../src/lib/collections';
import { entityPath, indexPath } from '../../src/lib/routes';
import { useTranslations } from '../../src/i18n';
import { builtPage, visibleText } from '../support/built-site';

/** Ids of a collection's files, derived as the content loaders derive them. */
function contentIds(collection: EntityCollection): string[] {
  return listContentFiles(`content/${collection}`, REGISTRY.declaration(collection).extension).map(entryId);
}

const collections = ENTITY_COLLECTIONS;

describe('every entity has its own page', () => {
  test.each(collections)('%s', (collection) => {
    const ids = contentIds(collection);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(() => builtPage(entityPath(collection, id)), id).not.toThrow();
  });

  test.each(collections.filter((c) => c !== 'sections') as Exclude<EntityCollection, 'sections'>[])(
    '%s has an index page listing every entry',
    (collection) => {
      const index = builtPage(indexPath(collection));
      for (const id of contentIds(collection))
        expect(index, id).toContain(`href="/${entityPath(collection, id)}"`);
    },
  );

  test('the home page is built', () => {
    expect(builtPage('')).toContain('<html lang="ru">');
  });
});

describe('the home page', () => {
  test.each([
    ['', 'ru'],
    ['kk/', 'kk'],
    ['en/', 'en'],
  ])('«%s» gives the abstract in the reader’s language first', (prefix, lang) => {
    const section = /<section class="parallel">[\s\S]*?<\/section>/.exec(builtPage(prefix))?.[0] ?? '';
    const langs = [...section.matchAll(/<article lang="([a-z]+)"/g)].map(([, found]) => found);
    expect(langs).toHaveLength(3);
    expect(langs[0]).toBe(lang);
  });
});

describe("a norm's page keeps what the article names apart from what the editors read as it", () => {
  test('the UN convention, which the article never names, lists its passages as readings with their note', () => {
    const text = visibleText(builtPage('en/norms/un-icrmw-1990/'));
    expect(text).toContain('How the article names it The article nowhere names this instrument itself.');
    expect(text).toContain(
      'Passages the editors read as referring to it The article does not name the instrument in these passages',
    );
    expect(text).toContain("договорам ООН — Materials and methods, para. 3 (editors' reading: reasoning)");
    expect(builtPage('en/norms/un-icrmw-1990/')).toContain('href="/en/notes/icrmw-identification/"');
  });

  test('"Cited in" marks the paragraphs that only a reading links to the norm', () => {
    const text = visibleText(builtPage('norms/kz-law-migration-2011/'));
    expect(text).toContain('Результаты и обсуждение, абз. 4 (упоминание)');
    expect(text).toContain('Результаты и обсуждение, абз. 6 (упоминание; прочтение редакции: обоснование)');
  });
});

describe('notes about comparison rows', () => {
  test("the matrix row links its note, and the note's page links back to the row", () => {
    const overview = builtPage('overview/');
    const row = overview.slice(overview.indexOf('id="comparison-right-to-work"'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('href="/notes/constitution-art-24-wording/"');
    for (const lang of ['', 'en/', 'kk/'])
      expect(builtPage(`${lang}notes/constitution-art-24-wording/`)).toContain(
        `href="/${lang}overview/#comparison-right-to-work"`,
      );
  });
});

describe('a figure page', () => {
  test.each([
    ['', 'ru', 'Казахстан'],
    ['kk/', 'kk', 'Қазақстан'],
    ['en/', 'en', 'Kazakhstan'],
  ] as const)(
    '/%s names its territory in the page’s language, not by its ISO code («KZ»)',
    (prefix, lang, name) => {
      const t = useTranslations(lang);
      const text = visibleText(
        builtPage(`${prefix}${entityPath('statistics', 'arrivals-2022-cis-share-85-9')}`),
      );
      expect(text).toContain(`${t('statistic.geography')} ${t('editorial.tag')} ${name}`);
    },
  );
});
