/**
 * The CSL locales the citations speak: the official ones, with the few corrections our readers
 * need, and a Kazakh one. The CSL project publishes no Kazakh locale, so `kk-KZ` is the Russian
 * locale with every term a citation of ours can print put into Kazakh (editorial, for native
 * review). The official Russian locale leaves a few terms in English («no.») and names months in
 * the nominative («12 июнь»); those are corrected the same way. A correction that names a term
 * the locale lacks stops the build, so an update of the locales cannot leave one unapplied.
 */
import { officialLocale, type CslNode } from './csl-library';

/** A locale term's new wording: `single` alone, or `single` and `multiple`. */
interface TermWording {
  /** The term's name (`accessed`, `paragraph`, `month-06`). */
  name: string;
  /** The term's form, if not the long one. */
  form?: 'short' | 'symbol' | 'verb' | 'verb-short';
  /** The wording (a term with one form), or its singular. */
  single: string;
  /** The plural, for a term that has one. */
  multiple?: string;
}

/** The months as the Russian text date needs them, in the genitive («12 июня 2025 г.»). */
const RUSSIAN_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** The Kazakh months (kazakh-terms.md), as the site's dates name them. */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const months = (names: string[]): TermWording[] =>
  names.map((single, i) => ({ name: `month-${String(i + 1).padStart(2, '0')}`, single }));

/** Where the official Russian locale is corrected. */
const RUSSIAN_CORRECTIONS: TermWording[] = [
  { name: 'number', single: 'номер', multiple: 'номера' },
  { name: 'number', form: 'short', single: '№', multiple: '№№' },
  ...months(RUSSIAN_MONTHS),
];

/** The Kazakh wording of the terms the offered styles print (kazakh-terms.md, nos. 57–63). */
const KAZAKH_TERMS: TermWording[] = [
  { name: 'number', form: 'short', single: '№', multiple: '№№' },
  { name: 'accessed', single: 'қаралған күні' },
  { name: 'retrieved', single: 'алынған күні' },
  { name: 'and', single: 'және' },
  { name: 'and others', single: 'және басқалар' },
  { name: 'et-al', single: 'және т.б.' },
  { name: 'at', single: 'мекенжайы' },
  { name: 'available at', single: 'қолжетімді мекенжайы' },
  { name: 'from', single: 'дереккөзі' },
  { name: 'in', single: 'жинағында' },
  { name: 'ibid', single: 'сонда' },
  { name: 'no date', single: 'күні жоқ' },
  { name: 'no date', form: 'short', single: 'к. ж.' },
  { name: 'online', single: 'онлайн' },
  { name: 'number', single: 'нөмір', multiple: 'нөмірлер' },
  { name: 'issue', single: 'шығарылым', multiple: 'шығарылымдар' },
  { name: 'issue', form: 'short', single: 'шығ.' },
  { name: 'page', single: 'бет', multiple: 'беттер' },
  { name: 'page', form: 'short', single: 'б.', multiple: 'бб.' },
  { name: 'paragraph', single: 'абзац', multiple: 'абзацтар' },
  { name: 'paragraph', form: 'short', single: 'абз.', multiple: 'абз.' },
  { name: 'section', single: 'бөлім', multiple: 'бөлімдер' },
  { name: 'section', form: 'short', single: 'бөл.' },
  { name: 'volume', single: 'том', multiple: 'томдар' },
  { name: 'volume', form: 'short', single: 'т.', multiple: 'тт.' },
  { name: 'editor', form: 'verb', single: 'ред.' },
  ...months(KAZAKH_MONTHS),
];

/** The element's child elements with a name. */
function elements(node: CslNode, name: string): CslNode[] {
  return node.children.filter((child): child is CslNode => typeof child !== 'string' && child.name === name);
}

/** A locale with terms reworded; a term the locale does not have stops the build. */
function reword(locale: CslNode, terms: readonly TermWording[]): CslNode {
  const terms_ = elements(locale, 'terms')[0];
  if (!terms_) throw new Error(`cite: the CSL locale ${locale.attrs['xml:lang']} has no terms`);
  for (const wording of terms) {
    const term = elements(terms_, 'term').find(
      (t) => t.attrs['name'] === wording.name && (t.attrs['form'] ?? 'long') === (wording.form ?? 'long'),
    );
    if (!term)
      throw new Error(
        `cite: the CSL locale ${locale.attrs['xml:lang']} has no term "${wording.name}" (${wording.form ?? 'long'})`,
      );
    term.children =
      wording.multiple === undefined
        ? [wording.single]
        : [
            { name: 'single', attrs: {}, children: [wording.single] },
            { name: 'multiple', attrs: {}, children: [wording.multiple] },
          ];
  }
  return locale;
}

/** The Kazakh text date, as the site writes dates (`Intl` for kk): «2025 ж. 12 маусым». */
function kazakhDates(locale: CslNode): CslNode {
  const text = elements(locale, 'date').find((date) => date.attrs['form'] === 'text');
  if (!text) throw new Error('cite: the CSL locale ru-RU has no text date');
  text.children = [
    { name: 'date-part', attrs: { name: 'year', suffix: ' ж.' }, children: [] },
    { name: 'date-part', attrs: { name: 'day', prefix: ' ' }, children: [] },
    { name: 'date-part', attrs: { name: 'month', prefix: ' ' }, children: [] },
  ];
  return locale;
}

const built = new Map<string, CslNode>();

/** The CSL locale a citation speaks, by tag: `ru-RU` corrected, `kk-KZ` built, any other official. */
export function citationLocale(tag: string): CslNode {
  const cached = built.get(tag);
  if (cached) return cached;
  let locale: CslNode;
  if (tag === 'ru-RU') locale = reword(structuredClone(officialLocale('ru-RU')), RUSSIAN_CORRECTIONS);
  else if (tag === 'kk-KZ') {
    locale = kazakhDates(reword(structuredClone(officialLocale('ru-RU')), KAZAKH_TERMS));
    locale.attrs['xml:lang'] = 'kk-KZ';
  } else locale = officialLocale(tag);
  built.set(tag, locale);
  return locale;
}

/** A term's wording in a locale (its singular), e.g. the short `paragraph` «п.». */
export function localeTerm(tag: string, name: string, form: TermWording['form'] | 'long' = 'long'): string {
  const terms = elements(citationLocale(tag), 'terms')[0];
  const term = terms
    ? elements(terms, 'term').find((t) => t.attrs['name'] === name && (t.attrs['form'] ?? 'long') === form)
    : undefined;
  const text = term?.children.find((c): c is CslNode => typeof c !== 'string' && c.name === 'single') ?? term;
  const words = text?.children.filter((c): c is string => typeof c === 'string').join('');
  if (words === undefined) throw new Error(`cite: the CSL locale ${tag} has no term "${name}" (${form})`);
  return words;
}
