import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../src/schemas/article';
import { NormSchema } from '../../src/schemas/norm';
import { NoteSchema } from '../../src/schemas/note';
import { OrganizationSchema } from '../../src/schemas/organization';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { StatisticSchema } from '../../src/schemas/statistic';

const fixture = (path: string): Record<string, unknown> => {
  const text = readFileSync(`tests/fixtures/content/${path}`, 'utf8');
  return (path.endsWith('.md') ? parseFrontmatter(text).frontmatter : yaml.load(text)) as Record<
    string,
    unknown
  >;
};

const cases: [string, z.ZodType, string][] = [
  ['articles', ArticleSchema, 'articles/demo-2024.yaml'],
  ['sections', SectionSchema, 'sections/demo-2024/introduction.md'],
  ['norms', NormSchema, 'norms/demo-constitution.yaml'],
  ['statistics', StatisticSchema, 'statistics/demo-arrivals.yaml'],
  ['sources', SourceSchema, 'sources/demo-report.yaml'],
  ['organizations', OrganizationSchema, 'organizations/demo-university.yaml'],
  ['notes', NoteSchema, 'notes/demo-note.yaml'],
];

/** The issues zod reports, as `path: message`. */
async function issues(schema: z.ZodType, data: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe.each(cases)('%s schema', (_name, schema, path) => {
  test('accepts the good fixture', async () => {
    expect(await issues(schema, fixture(path))).toEqual([]);
  });
  test('rejects an unknown field, naming it', async () => {
    const result = await issues(schema, { ...fixture(path), colour: 'red' });
    expect(result.join('\n')).toMatch(/colour/);
  });
});

describe('bad input is rejected with the field and the reason', () => {
  test('a malformed date', async () => {
    const norm = fixture('norms/demo-constitution.yaml');
    const official = { ...(norm['official'] as object), adopted: '1995-13-45' };
    expect(await issues(NormSchema, { ...norm, official })).toEqual([
      'official.adopted: must be an ISO 8601 date (YYYY-MM-DD)',
    ]);
  });

  test('an unquoted YAML date is read as the same day', async () => {
    const norm = (await NormSchema.parseAsync(fixture('norms/demo-constitution.yaml'))) as z.output<
      typeof NormSchema
    >;
    expect(norm.official.adopted).toBe('1995-08-30');
  });

  test('a missing required field', async () => {
    const statistic = fixture('statistics/demo-arrivals.yaml');
    delete statistic['value'];
    const result = await issues(StatisticSchema, statistic);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^value: /);
  });

  test('editorial text missing one of the three languages', async () => {
    const note = fixture('notes/demo-note.yaml') as { text: Record<string, string> };
    delete note.text['kk'];
    expect(await issues(NoteSchema, note)).toEqual([expect.stringMatching(/^text\.kk: /)]);
    const norm = fixture('norms/demo-constitution.yaml') as { official: { sources: { title: unknown }[] } };
    const [source] = norm.official.sources;
    if (source) source.title = { ru: 'egov.kz', en: 'egov.kz' };
    expect((await issues(NormSchema, norm)).join('\n')).toMatch(/official\.sources\.0\.title/);
  });

  test('a value outside its list', async () => {
    const result = await issues(StatisticSchema, { ...fixture('statistics/demo-arrivals.yaml'), unit: 'kg' });
    expect(result[0]).toMatch(/^unit: /);
  });

  test('an unknown source kind', async () => {
    const result = await issues(SourceSchema, { ...fixture('sources/demo-report.yaml'), kind: 'tweet' });
    expect(result[0]).toMatch(/^kind: /);
  });

  test('a reference entry without its transliterated form', async () => {
    const source = fixture('sources/demo-report.yaml');
    const citedAs = [{ list: 'references', article: 'demo-2024', number: 1, printed: 'x' }];
    expect((await issues(SourceSchema, { ...source, citedAs })).join('\n')).toMatch(
      /citedAs\.0\.printedTransliterated/,
    );
  });

  test('editorial facts without a source', async () => {
    const organization = { ...fixture('organizations/demo-university.yaml'), sources: [] };
    expect(await issues(OrganizationSchema, organization)).toEqual([
      'sources: an editorial fact needs at least one source',
    ]);
  });

  test('a note about a comparison row only', async () => {
    const note = { ...fixture('notes/demo-note.yaml'), about: { comparisons: ['permit'] } };
    expect(await issues(NoteSchema, note)).toEqual([]);
  });

  test('a note about nothing', async () => {
    const note = { ...fixture('notes/demo-note.yaml'), about: {} };
    expect(await issues(NoteSchema, note)).toEqual([
      'about: a note must be about at least one entry or paragraph',
    ]);
  });

  test('a bare DOI only', async () => {
    const article = { ...fixture('articles/demo-2024.yaml'), doi: 'https://doi.org/10.1234/x' };
    expect(await issues(ArticleSchema, article)).toEqual(['doi: must be a bare DOI such as 10.1234/abc']);
  });

  test.each(['https://kazpravda.kz/', 'https://kazpravda.kz', 'http://stat.gov.kz///'])(
    "an editorial source at a site's home page: %s",
    async (url) => {
      const norm = fixture('norms/demo-constitution.yaml');
      const official = norm['official'] as Record<string, unknown>;
      const sources = [
        { kind: 'web', title: { ru: 'Главная', kk: 'Басты бет', en: 'Home page' }, url, strength: 'news' },
      ];
      expect(await issues(NormSchema, { ...norm, official: { ...official, sources } })).toEqual([
        "official.sources.0.url: must name the page that shows the fact, not a site's home page",
      ]);
    },
  );

  test('an editorial source at a specific page passes, query or not', async () => {
    const norm = fixture('norms/demo-constitution.yaml');
    const official = norm['official'] as Record<string, unknown>;
    const sources = [
      {
        kind: 'web',
        title: { ru: 'Страница', kk: 'Бет', en: 'Page' },
        url: 'https://kazpravda.kz/n/some-report/',
        strength: 'news',
      },
      {
        kind: 'web',
        title: { ru: 'Запрос', kk: 'Сұрау', en: 'Query' },
        url: 'https://pavlodar.com/zakon/?dok=03618',
        strength: 'secondary',
      },
    ];
    expect(await issues(NormSchema, { ...norm, official: { ...official, sources } })).toEqual([]);
  });

  describe('a status', () => {
    const withStatus = (status: unknown) => {
      const norm = fixture('norms/demo-constitution.yaml');
      return { ...norm, official: { ...(norm['official'] as object), status } };
    };

    test('says when it was checked', async () => {
      const result = await issues(NormSchema, withStatus({ state: 'in-force', grade: 'official' }));
      expect(result.join('\n')).toMatch(/^official\.status\.checked: /);
    });

    test('a confirmed state carries the grade of its source', async () => {
      const result = await issues(NormSchema, withStatus({ state: 'repealed', checked: '2026-11-01' }));
      expect(result.join('\n')).toMatch(/^official\.status\.grade: /);
    });

    test('an unconfirmed state can carry no date, act or grade', async () => {
      const status = { state: 'unconfirmed', checked: '2026-11-01', since: '2016-01-01', grade: 'official' };
      const result = (await issues(NormSchema, withStatus(status))).join('\n');
      expect(result).toMatch(/since/);
      expect(result).toMatch(/grade/);
    });

    test("Kazakhstan's position is graded exactly when it is confirmed", async () => {
      const norm = fixture('norms/demo-constitution.yaml');
      const official = norm['official'] as Record<string, unknown>;
      const position = (ratification: unknown) => ({ ...norm, official: { ...official, ratification } });
      expect(
        await issues(NormSchema, position({ state: 'not-party', note: { ru: 'x', kk: 'x', en: 'x' } })),
      ).toEqual([
        'official.ratification.grade: a confirmed position needs its grade, and an unconfirmed one has none',
      ]);
      expect(
        await issues(NormSchema, position({ state: 'unconfirmed', note: { ru: 'x', kk: 'x', en: 'x' } })),
      ).toEqual([]);
    });
  });

  test('a title without its grade', async () => {
    const norm = fixture('norms/demo-constitution.yaml');
    const official = { ...(norm['official'] as object), title: { ru: { text: 'Конституция' } } };
    expect((await issues(NormSchema, { ...norm, official })).join('\n')).toMatch(
      /^official\.title\.ru\.grade: /,
    );
  });

  test('a norm the article neither names nor is read as', async () => {
    const norm = { ...fixture('norms/demo-constitution.yaml'), namedAs: [] };
    expect(await issues(NormSchema, norm)).toEqual([
      'namedAs: a norm must be named by the article, or read into it by the editors, at least once',
    ]);
    const { namedAs } = fixture('norms/demo-constitution.yaml') as { namedAs: object[] };
    const read = { ...norm, identifiedAs: [{ ...namedAs[0], note: 'demo-note' }] };
    expect(await issues(NormSchema, read)).toEqual([]);
  });

  test.each([
    ['javascript:alert(1)', 'url: must be an http(s) web address'],
    ['data:text/html,<script>alert(1)</script>', 'url: must be an http(s) web address'],
    [
      'https://a.kz/"><img src=x onerror=alert(1)>',
      'url: must not contain spaces, double quotes, angle brackets or backslashes',
    ],
  ])('a url that is no web address: %s', async (url, issue) => {
    const organization = { ...fixture('organizations/demo-university.yaml'), url };
    expect(await issues(OrganizationSchema, organization)).toContain(issue);
  });
});
