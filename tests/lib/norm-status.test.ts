import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../src/lib/content';
import {
  actGender,
  legalForce,
  officialTitles,
  statusMark,
  statusParts,
  statusPhrase,
} from '../../src/lib/norm-status';
import type { Norm } from '../../src/schemas/norm';
import { loadContent } from '../support/load-content';

type Facts = Pick<Norm, 'kind' | 'official'>;

/** A norm's facts with the given kind, status and (optionally) Kazakhstan's position. */
function facts(
  kind: Norm['kind'],
  status: Norm['official']['status'],
  ratification?: Norm['official']['ratification'],
): Facts {
  return {
    kind,
    official: {
      title: null,
      number: null,
      adopted: null,
      adoptedBy: null,
      aliases: [],
      status,
      ...(ratification ? { ratification } : {}),
      sources: [
        {
          kind: 'web',
          title: { ru: 'x', kk: 'x', en: 'x' },
          url: 'https://example.org/page',
          strength: 'official',
        },
      ],
    },
  };
}

const CHECKED = '2026-11-01';
const repealed = (kind: Norm['kind']) =>
  facts(kind, { state: 'repealed', grade: 'official', since: '2011-05-23', checked: CHECKED });

let content: Collections;
beforeAll(async () => {
  content = await loadContent('content');
});

describe('actGender', () => {
  test('follows the Russian generic noun of each kind', () => {
    expect(actGender('constitution')).toBe('f');
    expect(actGender('policy-concept')).toBe('f');
    expect(actGender('convention')).toBe('f');
    expect(actGender('code')).toBe('m');
    expect(actGender('treaty')).toBe('m');
    expect(actGender('government-decree')).toBe('n');
  });
});

describe('statusPhrase: agreement with the act', () => {
  test('a feminine act: «Концепция … утратила силу»', () => {
    expect(statusParts(repealed('policy-concept'), 'ru').state).toBe(
      'утратила силу с 23 мая 2011 г. (по данным: официальный источник)',
    );
  });

  test('a masculine act: «Закон … утратил силу»', () => {
    expect(statusParts(repealed('law'), 'ru').state).toMatch(/^утратил силу с 23 мая 2011 г\./);
  });

  test('a neuter act: «Постановление … утратило силу»', () => {
    expect(statusParts(repealed('government-decree'), 'ru').state).toMatch(/^утратило силу с /);
  });

  test('a replaced constitution is «заменена», with the grade of the news that says so', () => {
    const constitution = facts('constitution', {
      state: 'replaced',
      grade: 'news',
      since: '2026-07-01',
      checked: CHECKED,
    });
    expect(statusParts(constitution, 'ru').state).toBe(
      'заменена с 1 июля 2026 г. (по данным: сообщение СМИ)',
    );
  });

  test('Kazakh has no gender: the date comes first, numeric, before «бастап»', () => {
    for (const kind of ['policy-concept', 'law', 'government-decree'] as const)
      expect(statusParts(repealed(kind), 'kk').state).toBe(
        '23.05.2011 бастап күшін жойған (дереккөзі: ресми дереккөз)',
      );
    expect(statusParts(repealed('law'), 'kk').checked).toBe(
      'мәртебесі 01.11.2026 жағдай бойынша тексерілген',
    );
  });

  test('English', () => {
    expect(statusPhrase(repealed('law'), 'en')).toBe(
      'repealed since May 23, 2011 (source: official source); status as checked on November 1, 2026',
    );
  });
});

describe('statusPhrase: what is confirmed, and when it was checked', () => {
  test('every phrase says when the status was checked', () => {
    for (const norm of content.norms)
      expect(statusPhrase(norm.data, 'ru')).toMatch(/статус проверен по состоянию на \d+ \S+ \d{4} г\.$/);
  });

  test('an unconfirmed status reads as not confirmed, with no date and no grade', () => {
    const phrase = statusPhrase(facts('policy-concept', { state: 'unconfirmed', checked: CHECKED }), 'ru');
    expect(phrase).toBe('статус не подтверждён; статус проверен по состоянию на 1 ноября 2026 г.');
  });

  test('an unratified convention is in force only internationally, and says Kazakhstan is not a party', () => {
    const convention = facts(
      'convention',
      { state: 'in-force', grade: 'official', since: '1952-01-22', checked: CHECKED },
      { state: 'not-party', grade: 'official', note: { ru: 'x', kk: 'x', en: 'x' } },
    );
    expect(statusPhrase(convention, 'ru')).toBe(
      'действует в международном порядке с 22 января 1952 г. (по данным: официальный источник); ' +
        'Казахстан не участвует (по данным: официальный источник); ' +
        'статус проверен по состоянию на 1 ноября 2026 г.',
    );
    expect(statusPhrase(convention, 'kk')).toContain('Қазақстан қатысушы емес');
    expect(statusMark(convention)).toBe('in-force-international');
  });

  test('a position seen only at a past date says as of when', () => {
    const convention = facts(
      'convention',
      { state: 'in-force', grade: 'secondary', checked: CHECKED },
      {
        state: 'not-party',
        grade: 'indirect',
        asOf: {
          ru: 'на момент замечания МОТ',
          kk: 'ХЕҰ ескертуі кезінде',
          en: 'at the time of the ILO comment',
        },
        note: { ru: 'x', kk: 'x', en: 'x' },
      },
    );
    expect(statusParts(convention, 'ru').kazakhstan).toBe(
      'Казахстан не участвует (на момент замечания МОТ) (по данным: косвенное подтверждение)',
    );
  });

  test('a treaty Kazakhstan is party to names the ratifying law', () => {
    const treaty = facts(
      'treaty',
      { state: 'in-force', grade: 'secondary', since: '2015-01-01', checked: CHECKED },
      {
        state: 'party',
        grade: 'official',
        act: { number: '240-V', date: '2014-10-14', grade: 'official' },
        note: { ru: 'x', kk: 'x', en: 'x' },
      },
    );
    const parts = statusParts(treaty, 'ru');
    expect(parts.state).toBe('действует с 1 января 2015 г. (по данным: вторичная копия)');
    expect(parts.kazakhstan).toBe(
      'Казахстан участвует (закон о ратификации от 14 октября 2014 г. № 240-V) (по данным: официальный источник)',
    );
    expect(statusMark(treaty)).toBe('in-force');
    expect(statusParts(treaty, 'kk').kazakhstan).toContain('ҚР 14.10.2014 № 240-V Заңымен ратификацияланған');
  });

  test('on the article: no instrument Kazakhstan is not a party to reads as plainly in force', () => {
    for (const norm of content.norms) {
      const { ratification, status } = norm.data.official;
      if (!ratification || ratification.state === 'party' || status.state !== 'in-force') continue;
      expect(statusPhrase(norm.data, 'ru'), norm.id).toMatch(/^действует в международном порядке/);
      expect(statusPhrase(norm.data, 'en'), norm.id).toMatch(/^in force internationally/);
    }
  });

  test('the article: the 2023–2027 Concept is unconfirmed; the Labour Code in force since 2016', () => {
    const norm = (id: string) => content.norms.find((n) => n.id === id)!.data;
    expect(statusPhrase(norm('kz-concept-migration-2023-2027'), 'ru')).toMatch(/^статус не подтверждён;/);
    expect(statusPhrase(norm('kz-labour-code-2015'), 'ru')).toMatch(/^действует с 1 января 2016 г\./);
    expect(statusParts(norm('eaeu-treaty-2014'), 'ru').kazakhstan).toContain('№ 240-V');
  });
});

describe('legalForce', () => {
  test('an unconfirmed status has none', () => {
    expect(legalForce(facts('law', { state: 'unconfirmed', checked: CHECKED }))).toBeUndefined();
    expect(legalForce(repealed('law'))).toBe('https://schema.org/NotInForce');
  });
});

describe('officialTitles', () => {
  test('a title an official page does not show carries a caveat naming its source', () => {
    const lines = officialTitles(
      {
        ru: { text: 'Конвенция № 97 о трудящихся-мигрантах', grade: 'secondary' },
        kk: { text: 'Конвенция', grade: 'official' },
      },
      'ru',
    );
    expect(lines).toEqual([
      {
        lang: 'ru',
        text: 'Конвенция № 97 о трудящихся-мигрантах',
        caveat: 'название по источнику: вторичная копия',
      },
      { lang: 'kk', text: 'Конвенция' },
    ]);
  });

  test("on the article: C097's Russian title is never shown as plainly official", () => {
    const c097 = content.norms.find((n) => n.id === 'ilo-c097')!.data.official.title;
    expect(officialTitles(c097, 'en')[0]?.caveat).toBe('title as given by: secondary copy');
  });
});
