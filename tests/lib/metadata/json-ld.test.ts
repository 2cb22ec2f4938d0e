import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { dataset, legislation, scholarlyArticle, serializeJsonLd } from '../../../src/lib/metadata/json-ld';
import { withoutTrackingParameters } from '../../../src/lib/tracking-parameters';
import { loadContent } from '../../support/load-content';

const root = new URL('https://x.org/');

describe('on the fixtures', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('tests/fixtures/content'));
  });

  test('ScholarlyArticle', () => {
    expect(scholarlyArticle(graph, 'demo-2024', { root, lang: 'kk' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      url: 'https://x.org/kk/articles/demo-2024/',
      name: 'Демо',
      headline: 'Демо',
      author: [
        {
          '@type': 'Person',
          name: 'Иванова А.А.',
          email: 'a@example.org',
          affiliation: { '@type': 'Organization', name: 'Университет' },
        },
      ],
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1234/demo.2024.1' },
      sameAs: 'https://doi.org/10.1234/demo.2024.1',
      inLanguage: 'ru',
      abstract: 'Аннотация.',
      keywords: ['мигранты'],
      isPartOf: {
        '@type': 'Periodical',
        name: 'Вестник',
        alternateName: 'Bulletin',
        publisher: { '@type': 'Organization', name: 'Университет' },
      },
      publisher: { '@type': 'Organization', name: 'Университет' },
      datePublished: '2024',
      citation: [
        { '@type': 'CreativeWork', name: 'Доклад о миграции. – 2022.', url: 'https://example.org/report' },
      ],
    });
  });

  test('volume and issue nest the periodical where the data knows them', () => {
    const known = structuredClone(graph.collections);
    const article = known.articles[0];
    if (!article) throw new Error('no fixture article');
    article.data.publication = { ...article.data.publication, volume: 81, issue: 3 };
    const ld = scholarlyArticle(buildGraph(known), 'demo-2024', { root, lang: 'ru' });
    expect(ld['isPartOf']).toMatchObject({
      '@type': 'PublicationIssue',
      issueNumber: '3',
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: '81', isPartOf: { '@type': 'Periodical' } },
    });
  });

  test('Legislation: official title, date, jurisdiction, force, kind', () => {
    expect(legislation(graph, 'demo-constitution', { root, lang: 'en' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url: 'https://x.org/en/norms/demo-constitution/',
      // No English official title: the Russian one, with the English short title beside it.
      name: 'Конституция Республики Казахстан',
      alternateName: 'Constitution',
      legislationDate: '1995-08-30',
      legislationJurisdiction: 'KZ',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationType: 'constitution',
    });
  });

  test('Dataset: label, counts, year, territory, value, source as printed', () => {
    expect(dataset(graph, 'demo-arrivals', { root, lang: 'ru' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      url: 'https://x.org/statistics/demo-arrivals/',
      name: 'Прибывшие в 2022 году',
      description: 'лица, прибывшие в 2022 году',
      temporalCoverage: '2022',
      spatialCoverage: {
        '@type': 'Place',
        name: 'Казахстан',
        address: { '@type': 'PostalAddress', addressCountry: 'KZ' },
      },
      variableMeasured: {
        '@type': 'PropertyValue',
        name: 'лица, прибывшие в 2022 году',
        value: 17425,
        unitText: 'persons',
        description: '17 425',
      },
      isBasedOn: {
        '@type': 'CreativeWork',
        name: 'Доклад о миграции. – 2022. – URL: https://example.org/report',
        url: 'https://example.org/report',
      },
      citation: { '@type': 'ScholarlyArticle', name: 'Демо', sameAs: 'https://doi.org/10.1234/demo.2024.1' },
    });
  });
});

describe('on the real content', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('content'));
  });

  test('the article cites its ten references, with URLs (tracking parameters dropped) only where the source has one', () => {
    const ld = scholarlyArticle(graph, 'moldakhmetova-2025', { root, lang: 'ru' });
    const citations = ld['citation'] as { name: string; url?: string }[];
    expect(citations).toHaveLength(10);
    graph.references('moldakhmetova-2025').forEach((reference, index) => {
      expect(citations[index]?.name).toBe(reference.printed);
      const url = reference.source.data.url;
      expect(citations[index]?.url).toBe(url ? withoutTrackingParameters(url) : undefined);
    });
    // The printed name keeps the address as printed; the link drops zakon.kz's utm_source and its
    // view position (pos, given in the query and again as the fragment).
    expect(JSON.stringify(citations)).toContain('"url":"https://online.zakon.kz/Document/?doc_id=34851068"');
    expect(JSON.stringify(ld)).not.toContain('2959-6181"');
    expect(ld['isPartOf']).toMatchObject({ '@type': 'Periodical' });
    expect(ld['isPartOf']).not.toHaveProperty('issn');
  });

  test('legal force follows the status; unconfirmed says nothing', () => {
    for (const norm of graph.collections.norms) {
      const ld = legislation(graph, norm.id, { root, lang: 'ru' });
      const expected = {
        'in-force': 'https://schema.org/InForce',
        repealed: 'https://schema.org/NotInForce',
        replaced: 'https://schema.org/NotInForce',
        unconfirmed: undefined,
      }[norm.data.official.status.state];
      expect(ld['legislationLegalForce'], norm.id).toBe(expected);
      expect(ld['sameAs'], norm.id).toBe(norm.data.official.url);
    }
  });

  test('identifiers: number, Adilet code and aliases; jurisdiction by name for organisations', () => {
    const law = legislation(graph, 'kz-law-migration-2011', { root, lang: 'ru' });
    expect(law['legislationIdentifier']).toEqual(['477-IV', 'Z1100000477']);
    expect(law['name']).toBe('О миграции населения');
    const c097 = legislation(graph, 'ilo-c097', { root, lang: 'en' });
    expect(c097['legislationIdentifier']).toEqual(['97', 'C097', 'C97']);
    expect(c097['legislationJurisdiction']).toBe(
      graph.entry('organizations', 'ilo').data.name.en ?? graph.entry('organizations', 'ilo').data.name.ru,
    );
  });

  test('a figure at a date covers that day', () => {
    const ld = dataset(graph, 'work-permit-holders-2023-05-01', { root, lang: 'ru' });
    expect(ld['temporalCoverage']).toBe('2023-05-01');
    expect(ld['isBasedOn']).toMatchObject({ '@type': 'CreativeWork' });
  });
});

describe('serializeJsonLd', () => {
  test('escapes < so that no value can end the script element', () => {
    const text = serializeJsonLd({ name: '</script><!-- x' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><!-- x' });
  });
});
