import { describe, expect, test } from 'vitest';
import {
  leadingSurnames,
  printedFormsDiffer as rule,
} from '../../../src/lib/audit/rules/printed-forms-differ';
import type { Collections } from '../../../src/lib/content';
import { check, entities, sourceOf } from './helpers';
import { say } from '../../support/say';

/** Sets both printed forms of the fixture's reference 1. */
const printed = (ru: string, translit: string) => (c: Collections) => {
  const entry = sourceOf(c).data.citedAs.find((e) => e.list === 'references');
  if (entry?.list !== 'references') throw new Error('the fixture has no reference');
  entry.printed = ru;
  entry.printedTransliterated = translit;
};

const AUTHORS_RU =
  'Иванова А.А., Хохлов Б.Щ. Доклад о миграции. – 2022. – URL: <https://example.org/r?id=1>.';
const AUTHORS_TR =
  'Ivanova A.A., Hohlov B.Shh. Doklad o migracii. – 2022. – URL: <https://example.org/r?id=1>.';

describe('printed-forms-differ', () => {
  test('a faithful transliteration passes', async () => {
    expect(await check(rule)).toEqual([]);
    expect(await check(rule, printed(AUTHORS_RU, AUTHORS_TR))).toEqual([]);
  });

  test('other schemes (BGN/PCGN, GOST 7.79 B) are as good', async () => {
    const bgn = AUTHORS_TR.replace('Hohlov B.Shh.', 'Khokhlov B.Shch.');
    const gost = AUTHORS_TR.replace('Hohlov', 'Xoxlov');
    expect(await check(rule, printed(AUTHORS_RU, bgn))).toEqual([]);
    expect(await check(rule, printed(AUTHORS_RU, gost))).toEqual([]);
  });

  test('a URL that differs between the lists', async () => {
    const findings = await check(rule, printed(AUTHORS_RU, AUTHORS_TR.replace('id=1', 'id=7')));
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(findings[0]).toMatchObject({ rule: 'printed-forms-differ', severity: 'warning' });
    expect(say(findings[0], 'en')).toContain('https://example.org/r?id=1 in the Russian list');
    expect(say(findings[0], 'en')).toContain('https://example.org/r?id=7 in References');
  });

  test('a URL printed in one list only', async () => {
    const findings = await check(rule, printed(AUTHORS_RU, AUTHORS_TR.replace(/ – URL: .*$/, '')));
    expect(say(findings[0], 'ru')).toContain('в References —');
  });

  test('a surname no scheme explains', async () => {
    const findings = await check(rule, printed(AUTHORS_RU, AUTHORS_TR.replace('Ivanova', 'Ivnaova')));
    expect(findings).toHaveLength(1);
    expect(say(findings[0], 'ru')).toContain('«Иванова» транслитерирована как «Ivnaova»');
    expect(say(findings[0], 'ru')).not.toContain('Хохлов');
  });

  test('a missing author', async () => {
    const findings = await check(rule, printed(AUTHORS_RU, AUTHORS_TR.replace('Ivanova A.A., ', '')));
    expect(say(findings[0], 'en')).toContain('2 authors in the Russian list, 1 in References');
  });

  test('an entry that describes another work', async () => {
    const findings = await check(
      rule,
      printed(
        AUTHORS_RU,
        'Petrov V.V. Trudovoe pravo Respubliki Kazahstan: uchebnik. – Almaty, 2019. – 320 s.',
      ),
    );
    expect(say(findings[0], 'en')).toContain('seem to describe different works');
  });

  test('words left in Cyrillic', async () => {
    const findings = await check(
      rule,
      printed(AUTHORS_RU, AUTHORS_TR.replace('2022.', '2022. - Астана, 2022.')),
    );
    expect(say(findings[0], 'en')).toContain('References leaves «Астана» in Cyrillic');
  });
});

describe('leadingSurnames', () => {
  test('reads the authors a printed entry opens with', () => {
    expect(leadingSurnames('Хамзин А.Ш., Бурибаев Е.А., Хамзина Ж.А. Нелегальная миграция')).toEqual([
      'Хамзин',
      'Бурибаев',
      'Хамзина',
    ]);
    expect(leadingSurnames("Chaava M. Z. Mezhdunarodnaja; Abajdel'dinov")).toEqual(['Chaava']);
    expect(leadingSurnames("Abajdel'dinov T.M., Muksinova A.T. Nekotorye")).toEqual([
      "Abajdel'dinov",
      'Muksinova',
    ]);
  });

  test('finds none where the entry opens with its title', () => {
    expect(leadingSurnames('Права трудящихся мигрантов в Казахстане. - Алматы, 2008.')).toEqual([]);
    expect(leadingSurnames('World Migration Report 2022. – Geneva: IOM, 2022')).toEqual([]);
  });
});
