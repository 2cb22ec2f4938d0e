/**
 * Word forms for search, in the browser and at build time alike. Pagefind stems Russian (the
 * index's language) and matches a query word as the beginning of an indexed word; it has no
 * Kazakh stemmer, and a longer inflected query word («рұқсаттар») never matches the shorter
 * indexed one («рұқсат»). So a query word is cut down to a stem first: Kazakh endings are
 * stripped, English plurals dropped, and the stem then matches every form that begins with it.
 */

/** Letters only Kazakh Cyrillic has: a word with one of them is Kazakh, not Russian. */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;

/**
 * Kazakh case, plural and possessive endings, longest first. Stripped from the end of a word,
 * repeatedly (мигранттардың → мигранттар → мигрант), while the stem keeps three letters, or four
 * for a two-letter ending (квота keeps its -та, which would otherwise read as a locative).
 */
const KAZAKH_ENDINGS = [
  // plural + case, possessive + case
  'ларының',
  'лерінің',
  'дарының',
  'дерінің',
  'тарының',
  'терінің',
  // ablative, locative with the possessive n, instrumental
  'ынан',
  'інен',
  'нан',
  'нен',
  'дан',
  'ден',
  'тан',
  'тен',
  'ында',
  'інде',
  'нда',
  'нде',
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // genitive
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  // dative
  'ына',
  'іне',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  // accusative (and after the possessive)
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'ын',
  'ін',
  // locative
  'да',
  'де',
  'та',
  'те',
  // instrumental
  'мен',
  'бен',
  'пен',
  // third-person possessive
  'сы',
  'сі',
];
const VOWELS = /[аәеёиоөуұүыіэюя]$/u;

/**
 * A Kazakh word's stem: its case, plural and possessive endings stripped. Where an ending is
 * ambiguous the stem may lose a letter of the root (рұқсаты → рұқса): as a prefix it still finds
 * every form, and query and dictionary are cut the same way.
 */
export function kazakhStem(word: string): string {
  let stem = word;
  for (let changed = true; changed;) {
    changed = false;
    const ending = KAZAKH_ENDINGS.find(
      (e) => stem.endsWith(e) && stem.length - e.length >= (e.length === 2 ? 4 : 3),
    );
    if (ending) {
      stem = stem.slice(0, -ending.length);
      changed = true;
    } else if (/[ыі]$/u.test(stem) && stem.length > 5 && !VOWELS.test(stem.slice(0, -1))) {
      // The possessive -ы/-і after a consonant: рұқсаты → рұқсат, көші-қоны → көші-қон.
      stem = stem.slice(0, -1);
      changed = true;
    }
  }
  return stem;
}

/** An English word without its plural ending (permits → permit); other words as they are. */
export function englishStem(word: string): string {
  if (word.length > 4 && /[^s]s$/u.test(word) && !/(ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Russian case, number and gender endings of nouns and adjectives, longest first: what «квоты»,
 * «квотами», «квот» differ by. Stripped once, while the stem keeps four letters.
 */
const RUSSIAN_ENDINGS = [
  ...['иями', 'ями', 'ами', 'иях', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими'],
  ...['ией', 'ий', 'ый', 'ой', 'ей', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ую', 'юю'],
  ...['ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ия', 'ию', 'ии'],
  ...['а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь'],
];

/**
 * A Russian word without its ending: every form of a word is one query, so the results cannot
 * differ by form («квота», «квоты», «квот», «квотами» → «квот»; «разрешение», «разрешений» →
 * «разрешени»), while «миграция» and «мигрант» stay apart.
 */
export function russianStem(word: string): string {
  const ending = RUSSIAN_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * The stem a lower-case query word is searched by, as a prefix. Kazakh words (those with a
 * Kazakh letter, or any Cyrillic word in the Kazakh UI) lose their endings, Russian words their
 * last letters, English words their plural; numbers and codes stay whole.
 */
export function searchStem(word: string, kazakhUi: boolean): string {
  if (/^[a-z]+$/u.test(word)) return englishStem(word);
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(word)) return word;
  return KAZAKH_LETTER.test(word) || kazakhUi ? kazakhStem(word) : russianStem(word);
}
