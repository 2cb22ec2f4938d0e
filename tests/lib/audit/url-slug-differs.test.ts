import { describe, expect, test } from 'vitest';
import { slugOf, urlSlugDiffers as rule } from '../../../src/lib/audit/rules/url-slug-differs';
import type { Collections } from '../../../src/lib/content';
import { check, entities, sourceOf } from './helpers';
import { say } from '../../support/say';

const TITLE = 'Механизм обеспечения достойного труда и социальной защиты трудящихся-мигрантов';
const SLUG = 'mehanizm-obespecheniya-dostoynogo-truda-i-sotsialnoy-zaschity-trudyaschihsya-migrantov';

/** Gives the fixture's source a Russian title and a CyberLeninka address. */
const titled = (title: string, slug: string) => (c: Collections) => {
  const source = sourceOf(c);
  source.data.title = title;
  source.data.url = `https://cyberleninka.ru/article/n/${slug}`;
};

describe('url-slug-differs', () => {
  test('slugOf reads hyphenated lower-case slugs only', () => {
    expect(slugOf(`https://cyberleninka.ru/article/n/${SLUG}`)?.[2]).toBe('dostoynogo');
    expect(slugOf('https://adilet.zan.kz/rus/docs/Z1100000477')).toBeUndefined();
    expect(slugOf('https://online.zakon.kz/Document/?doc_id=34851068')).toBeUndefined();
  });

  test('a slug made from the title passes', async () => {
    expect(await check(rule)).toEqual([]);
    expect(await check(rule, titled(TITLE, SLUG))).toEqual([]);
  });

  test('a typo in the slug (ref 7: «dostoyrnogo» for «достойного»)', async () => {
    const findings = await check(rule, titled(TITLE, SLUG.replace('dostoynogo', 'dostoyrnogo')));
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(findings[0]).toMatchObject({ rule: 'url-slug-differs', severity: 'info' });
    expect(say(findings[0], 'en')).toContain(
      '«достойного»: expected «dostoynogo», the address has «dostoyrnogo»',
    );
  });

  test('a word the slug leaves out', async () => {
    const findings = await check(rule, titled(TITLE, SLUG.replace('-i-', '-')));
    expect(say(findings[0], 'en')).toContain('the address leaves out «и» («i»)');
  });

  test('Latin titles are not compared (their slugs are not transliterations)', async () => {
    expect(
      await check(rule, titled('World Migration Report 2022', 'world-migration-report-2022-russian')),
    ).toEqual([]);
  });
});
