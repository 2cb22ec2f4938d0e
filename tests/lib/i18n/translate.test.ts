import { describe, expect, test } from 'vitest';
import { placeholders, useTranslations } from '../../../src/i18n';

describe('t', () => {
  test('fills placeholders', () => {
    expect(useTranslations('en')('norm.status.grade', { grade: 'official source' })).toBe(
      '(source: official source)',
    );
  });

  test('a missing parameter or one the string has no place for stops the build', () => {
    const t = useTranslations('ru');
    // @ts-expect-error: TypeScript already rejects the missing parameter; the run-time check is for keys chosen at run time.
    expect(() => t('norm.status.grade')).toThrow('needs the parameter {grade}');
    // @ts-expect-error: and the parameter the message has no placeholder for.
    expect(() => t('norm.status.grade', { grade: 'x', extra: 'y' })).toThrow('has no placeholder {extra}');
  });

  test('placeholders are listed once each, in order', () => {
    expect(placeholders('{a} и {b}, снова {a}')).toEqual(['a', 'b']);
  });
});

describe('plurals', () => {
  test('Russian picks one, few or many by the count', () => {
    const t = useTranslations('ru');
    expect([1, 3, 5, 21, 11].map((count) => t('glossary.paragraphCount', { count }))).toEqual([
      '1 абзац с термином',
      '3 абзаца с термином',
      '5 абзацев с термином',
      '21 абзац с термином',
      '11 абзацев с термином',
    ]);
  });

  test('English picks one or other; a plural key without a count stops the build', () => {
    const t = useTranslations('en');
    expect(t('glossary.paragraphCount', { count: 1 })).toBe('1 paragraph uses the term');
    expect(t('glossary.paragraphCount', { count: 2 })).toBe('2 paragraphs use the term');
    // @ts-expect-error: a plural key's count is a required number.
    expect(() => t('glossary.paragraphCount')).toThrow('needs a number {count}');
  });
});
