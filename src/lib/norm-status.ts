import { ENDED_STATUS, RATIFICATION, STRENGTH } from '../i18n/keys';
import { UI_LANGS, useTranslations, type UiKey, type UiLang } from '../i18n';
import type { Strength } from '../schemas/evidence';
import type { Norm } from '../schemas/norm';
import { formatDate } from './format';

/**
 * The grammatical gender (or neuter) of an act's generic name in Russian, which a status
 * predicate agrees with: «Конституция … заменена», «Закон … утратил силу», «Постановление …
 * утратило силу». Kazakh has no gender; its keys repeat one form.
 */
export type ActGender = 'm' | 'f' | 'n';

/** The Russian generic noun of each kind decides the agreement: конституция, кодекс, закон, указ… */
const GENDER: Record<Norm['kind'], ActGender> = {
  constitution: 'f',
  code: 'm',
  law: 'm',
  'presidential-decree': 'm',
  'government-decree': 'n',
  'policy-concept': 'f',
  strategy: 'f',
  treaty: 'm',
  convention: 'f',
};

/** The grammatical form a norm's status phrase takes, from its kind. */
export function actGender(kind: Norm['kind']): ActGender {
  return GENDER[kind];
}

/** A norm's status in words, in parts a page can lay out (the repealing act's link goes after `state`). */
export interface StatusParts {
  /** The state, agreeing with the act, with its date and how firmly it is confirmed. */
  state: string;
  /** For an international instrument: where Kazakhstan stands, with its grade and ratifying act. */
  kazakhstan?: string;
  /** When the status was checked. */
  checked: string;
}

/**
 * A date inside a status phrase. Kazakh puts the date before a postposition («01.01.2016
 * бастап») and a long month name would need a case ending, so Kazakh takes adilet's numeric form.
 */
export function statusDate(iso: string, lang: UiLang): string {
  if (lang !== 'kk') return formatDate(iso, lang);
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * A norm's status in words, in parts: the state agreeing in gender with the act's name («утратила
 * силу» for a concept), from when, and the grade of the source that confirms it; for an
 * international instrument, in force only internationally unless Kazakhstan is a party, and
 * Kazakhstan's position; and the day the status was checked. An unconfirmed state has no date and
 * no grade, so it can never read as a fact.
 */
export function statusParts(norm: Pick<Norm, 'kind' | 'official'>, lang: UiLang): StatusParts {
  const t = useTranslations(lang);
  const { status, ratification } = norm.official;
  const checked = t('norm.status.checked', { date: statusDate(status.checked, lang) });
  if (status.state === 'unconfirmed') {
    return { state: t('norm.status.unconfirmed'), ...kazakhstan(), checked };
  }
  const gender = actGender(norm.kind);
  const international = ratification !== undefined && ratification.state !== 'party';
  const key: UiKey =
    status.state === 'in-force'
      ? international
        ? 'norm.status.in-force.international'
        : 'norm.status.in-force.act'
      : ENDED_STATUS[status.state][gender];
  const word = t(key);
  const dated = status.since
    ? t('norm.status.since', { status: word, date: statusDate(status.since, lang) })
    : word;
  const state = `${dated} ${graded(status.grade)}`;
  return { state, ...kazakhstan(), checked };

  function graded(grade: Strength): string {
    return t('norm.status.grade', { grade: t(STRENGTH[grade]) });
  }

  function kazakhstan(): { kazakhstan?: string } {
    if (!ratification) return {};
    const parts = [t(RATIFICATION[ratification.state])];
    if (ratification.asOf) parts.push(`(${ratification.asOf[lang] ?? ratification.asOf.ru})`);
    if (ratification.act) {
      const { number, date } = ratification.act;
      parts.push(t('norm.status.kz.act', { number, date: statusDate(date, lang) }));
      if (ratification.act.grade !== ratification.grade) parts.push(graded(ratification.act.grade));
    }
    if (ratification.grade) parts.push(graded(ratification.grade));
    return { kazakhstan: parts.join(' ') };
  }
}

/** A norm's status as one phrase, for lists, tooltips, tables and print. */
export function statusPhrase(norm: Pick<Norm, 'kind' | 'official'>, lang: UiLang): string {
  const { state, kazakhstan, checked } = statusParts(norm, lang);
  return [state, kazakhstan, checked].filter(Boolean).join('; ');
}

/**
 * schema.org's LegalForceStatus of a norm's own status (an international instrument's force is
 * its force under its own organisation; Kazakhstan's position is not a legal force); an
 * unconfirmed status has none.
 */
export function legalForce(norm: Pick<Norm, 'official'>): string | undefined {
  switch (norm.official.status.state) {
    case 'in-force':
      return 'https://schema.org/InForce';
    case 'repealed':
    case 'replaced':
      return 'https://schema.org/NotInForce';
    case 'unconfirmed':
      return undefined;
  }
}

/** One language's line of an official title, as a page shows it. */
export interface TitleLine {
  /** The language the title is in. */
  lang: UiLang;
  /** The title. */
  text: string;
  /** Where only a copy, commentary or news gives it: which, so it never reads as the official title. */
  caveat?: string;
}

/**
 * The lines of a norm's title, Russian first, each with a caveat unless an official page gives it
 * (C097's Russian title rests on a third-party copy: «название по источнику: вторичная копия»).
 */
export function officialTitles(title: Norm['official']['title'], lang: UiLang): TitleLine[] {
  if (!title) return [];
  const t = useTranslations(lang);
  return UI_LANGS.flatMap((titleLang) => {
    const line = title[titleLang];
    if (!line) return [];
    const caveat =
      line.grade === 'official' ? undefined : t('norm.title.graded', { grade: t(STRENGTH[line.grade]) });
    return [{ lang: titleLang, text: line.text, ...(caveat ? { caveat } : {}) }];
  });
}

/**
 * The title to name a norm by where no caveat can be shown (a citation, metadata): the title in
 * that language (or Russian) only if an official page shows it, itself or indirectly in another
 * act; a title read only on a copy or in the news is never passed off as the official one.
 */
export function citableTitle(title: Norm['official']['title'], lang: UiLang): string | undefined {
  const line = title ? (title[lang] ?? title.ru) : undefined;
  return line && (line.grade === 'official' || line.grade === 'indirect') ? line.text : undefined;
}

/**
 * The state a picture marks a norm with: its status, except that an international instrument in
 * force to which Kazakhstan is not a party is marked apart, never as plainly in force.
 */
export type StatusMark = 'in-force' | 'in-force-international' | 'repealed' | 'replaced' | 'unconfirmed';

/** The mark of a norm's status (see `StatusMark`). */
export function statusMark(norm: Pick<Norm, 'official'>): StatusMark {
  const { status, ratification } = norm.official;
  if (status.state === 'in-force' && ratification !== undefined && ratification.state !== 'party')
    return 'in-force-international';
  return status.state;
}
