import { describe, expect, test } from 'vitest';
import { printedParts } from '../../src/lib/printed-parts';

describe('printedParts', () => {
  test('an address in angle brackets is its own run; the text around it stays as printed', () => {
    const printed = 'Отчёт. – URL: <https://stat.gov.kz/> (дата обращения: 12.06.2025).';
    const parts = printedParts(printed);
    expect(parts).toEqual([
      { text: 'Отчёт. – URL: <' },
      { text: 'https://stat.gov.kz/', url: 'https://stat.gov.kz/' },
      { text: '> (дата обращения: 12.06.2025).' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(printed);
  });

  test('an address glued to the text after it, or ending the entry with a full stop', () => {
    expect(printedParts('URL: https://a.kz/?doc_id=3(дата обращения). См. https://b.kz/x.')).toEqual([
      { text: 'URL: ' },
      { text: 'https://a.kz/?doc_id=3', url: 'https://a.kz/?doc_id=3' },
      { text: '(дата обращения). См. ' },
      { text: 'https://b.kz/x', url: 'https://b.kz/x' },
      { text: '.' },
    ]);
  });

  test('tracking parameters stay out of the linked run, printed after it', () => {
    const printed = 'URL: https://a.kz/?doc_id=3&utm_source=x&pos=2;-5#pos=2;-5 (дата).';
    expect(printedParts(printed)).toEqual([
      { text: 'URL: ' },
      { text: 'https://a.kz/?doc_id=3', url: 'https://a.kz/?doc_id=3&utm_source=x&pos=2;-5#pos=2;-5' },
      { text: '&utm_source=x&pos=2;-5#pos=2;-5' },
      { text: ' (дата).' },
    ]);
  });

  test('text without an address is one run; an empty text none', () => {
    expect(printedParts('Без адреса.')).toEqual([{ text: 'Без адреса.' }]);
    expect(printedParts('')).toEqual([]);
  });
});
