import { describe, expect, test } from 'vitest';
import kk from '../../../src/i18n/kk';

/**
 * One word per concept in the Kazakh UI (../shared/kazakh-terms.md §2.4 and §3): the wordings its
 * review replaced must not come back. Each entry is a wording and what the site says instead.
 */
const REPLACED: [wording: RegExp, instead: string][] = [
  [/ескертулер/u, 'editorial notes are «редакциялық ескертпелер»; «ескерту» is a warning'],
  [/сілтемелері мен әдебиеттер|сілтемелер мен әдебиеттер/u, 'the article’s footnotes are «ескертпелер»'],
  [/көрсеткіштің|көрсеткішке|нормалар, көрсеткіштер/u, 'the article’s figures are «сандар»'],
  [/жинақталған|жинақталмайды|сайт жинағы/u, 'the site build is «құрастыру»'],
  [/азат жол/u, 'a paragraph is «абзац»'],
  [/тап болады/u, 'a calque of «сталкиваются»'],
  [/екінші реттік/u, 'a copy on another site is «бөгде сайттағы көшірме»'],
  [/, және /u, 'no comma before «және»'],
  [/мүше мемлекеттерінің/u, 'member states are «…-ға мүше мемлекеттер»'],
];

describe('the Kazakh dictionary', () => {
  test.each(REPLACED)('does not say %s (%s)', (wording) => {
    // A plural key holds its forms in an object: each form is checked.
    const found = Object.entries(kk).filter(([, text]) =>
      (typeof text === 'string' ? [text] : Object.values(text)).some((form) => wording.test(form)),
    );
    expect(found.map(([key]) => key)).toEqual([]);
  });
});
