import type { UiLang } from './langs';

/**
 * Editorial texts quote their sources verbatim: an English or Kazakh note quotes the article's
 * Russian («право каждого на труд») and an act's Kazakh title. Those words are in another language
 * than the text around them, and a page marks them with `lang`, so that screen readers read them
 * with the right rules and readers (and the parity test) can tell quotation from translation.
 *
 * The languages are told apart by script and by words only one of them has: Kazakh has letters
 * Russian lacks; Russian has function words and inflections Kazakh does not use; English has its
 * function words. A proper name in Latin letters («World Migration Report») is left unmarked: it
 * carries no function word and reads the same in every language.
 */

const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

const RUSSIAN_FUNCTION_WORDS = new Set(
  // Not the one-letter «с», «к», «о», «а»: Kazakh abbreviations and initials use them.
  (
    'и в во на не что по со об от для из ко за до как это или но же при его её их ' +
    'года году также был была были которые который которая'
  ).split(' '),
);
/** Endings of Russian adjectives, nouns and verbs that no Kazakh word has. */
const RUSSIAN_ENDING =
  /(?:ого|его|ому|ему|ыми|ими|ая|яя|ое|ые|ий|ый|ость|ости|ение|ения|ении|ание|ания|ании|ии|тся|ться)$/u;
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in for on with by from is are was were that this which not its'.split(' '),
);

/** Whether a word can only be Russian (of the site's languages). */
export function isRussianWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    CYRILLIC.test(lower) &&
    !KAZAKH_LETTER.test(lower) &&
    (RUSSIAN_FUNCTION_WORDS.has(lower) || RUSSIAN_ENDING.test(lower))
  );
}

/** Whether a word is an English function word (which only English text has). */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());
}

/** The words of a text. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A stretch of text, with its language where it differs from the text around it. */
export interface LanguageRun {
  text: string;
  lang?: UiLang;
}

/** From a text's first to its last letter of a script: the quotation marks around stay outside. */
const RUNS = {
  cyrillic: /\p{Script=Cyrillic}(?:[^\p{Script=Latin}]*\p{Script=Cyrillic})?/gu,
  latin: /\p{Script=Latin}(?:[^\p{Script=Cyrillic}]*\p{Script=Latin})?/gu,
  // In Kazakh text a Russian quotation is told by its words; it ends at quotation marks,
  // brackets and sentence ends.
  quoted: /[^«»„“”"()[\]<>.;!?]+/gu,
};

/**
 * Runs of consecutive Cyrillic words without a Kazakh letter: in a Kazakh text, the candidates for a Russian quotation («Бөлім Результаты
 * и обсуждение» gives «Результаты и обсуждение»).
 */
function cyrillicGroups(text: string): { start: number; end: number; words: string[] }[] {
  const groups: { start: number; end: number; words: string[] }[] = [];
  let group: { start: number; end: number; words: string[] } | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!CYRILLIC.test(word) || KAZAKH_LETTER.test(word)) group = undefined;
    else if (group) {
      group.end = match.index + word.length;
      group.words.push(word);
    } else {
      group = { start: match.index, end: match.index + word.length, words: [word] };
      groups.push(group);
    }
  }
  return groups;
}

/** The stretches of a text that are in another language than `lang`, the text's own. */
function foreignStretches(text: string, lang: UiLang): { start: number; end: number; lang: UiLang }[] {
  const stretches: { start: number; end: number; lang: UiLang }[] = [];
  const add = (
    pattern: RegExp,
    languageOf: (run: string) => UiLang | undefined,
    source = text,
    offset = 0,
  ) => {
    for (const match of source.matchAll(pattern)) {
      const runLang = languageOf(match[0]);
      if (runLang && runLang !== lang)
        stretches.push({
          start: offset + match.index,
          end: offset + match.index + match[0].length,
          lang: runLang,
        });
    }
  };
  const english = (run: string) => (wordsOf(run).some(isEnglishFunctionWord) ? ('en' as const) : undefined);
  if (lang === 'en') {
    add(RUNS.cyrillic, (run) => (KAZAKH_LETTER.test(run) ? 'kk' : 'ru'));
    return stretches;
  }
  add(RUNS.latin, english);
  if (lang === 'kk')
    for (const chunk of text.matchAll(RUNS.quoted))
      for (const group of cyrillicGroups(chunk[0]))
        if (group.words.some(isRussianWord))
          stretches.push({ start: chunk.index + group.start, end: chunk.index + group.end, lang: 'ru' });
  return stretches.sort((a, b) => a.start - b.start);
}

/** A text cut into runs: its own language's (no `lang`) and other languages' (their `lang`). */
export function languageRuns(text: string, lang: UiLang): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const { start, end, lang: runLang } of foreignStretches(text, lang)) {
    if (start < at) continue;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), lang: runLang });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
