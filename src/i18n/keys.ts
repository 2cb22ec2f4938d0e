import type { UiKey } from '.';

// The keys chosen by a value (a kind, a severity, a grade…), spelled out once each: the unused-key
// test then sees every key a page can use, and indexing a map with a value it lacks is a type error.

type KeyMap = Readonly<Record<string, UiKey>>;

/** How each grade of evidence is explained (the about page). */
export const STRENGTH_EXPLANATION = {
  official: 'about.strength.official',
  indirect: 'about.strength.indirect',
  news: 'about.strength.news',
  secondary: 'about.strength.secondary',
} as const satisfies KeyMap;

/** An audit rule's name, by its id. */
export const RULE_NAME = {
  'same-quantity-different-values': 'audit.rule.same-quantity-different-values',
  'url-points-to-other-act': 'audit.rule.url-points-to-other-act',
  'printed-forms-differ': 'audit.rule.printed-forms-differ',
  'web-source-incomplete': 'audit.rule.web-source-incomplete',
  'repealed-presented-in-force': 'audit.rule.repealed-presented-in-force',
  'reference-never-cited': 'audit.rule.reference-never-cited',
  'footnote-repeated': 'audit.rule.footnote-repeated',
  'tracking-parameters': 'audit.rule.tracking-parameters',
  'references-transliteration': 'audit.rule.references-transliteration',
  'url-slug-differs': 'audit.rule.url-slug-differs',
} as const satisfies KeyMap;

/** How a body paragraph cites an entry: a footnote marker, a bracket reference or a mention. */
export const CITATION_FORM = {
  footnote: 'cite.footnote',
  reference: 'cite.reference',
  mention: 'cite.mention',
} as const satisfies KeyMap;

/** A footnote marker or a bracket reference, with the number it prints: «сноска 4», «4-ескертпе». */
export const CITATION_NUMBER = {
  footnote: 'locator.footnote',
  reference: 'cite.referenceN',
} as const satisfies KeyMap;

/** A citation style's name. */
export const CITATION_STYLE = {
  gost: 'print.style.gost',
  apa: 'print.style.apa',
  oscola: 'print.style.oscola',
  chicago: 'print.style.chicago',
} as const satisfies KeyMap;

/** How a style's citation is placed: in a footnote or in the text. */
export const CITATION_PLACE = {
  note: 'cite.box.note',
  'in-text': 'cite.box.inText',
} as const satisfies KeyMap;

/** What each open-data file holds. */
export const DATA_FILE = {
  article: 'data.file.article',
  norms: 'data.file.norms',
  statistics: 'data.file.statistics',
  statisticsCsv: 'data.file.statisticsCsv',
  sources: 'data.file.sources',
  sourcesCsl: 'data.file.sourcesCsl',
  sourcesBib: 'data.file.sourcesBib',
  sourcesRis: 'data.file.sourcesRis',
  organizations: 'data.file.organizations',
  glossary: 'data.file.glossary',
  notes: 'data.file.notes',
  comparisons: 'data.file.comparisons',
  dump: 'data.file.dump',
} as const satisfies KeyMap;

/** A grade of editorial evidence. */
export const STRENGTH = {
  official: 'editorial.strength.official',
  indirect: 'editorial.strength.indirect',
  news: 'editorial.strength.news',
  secondary: 'editorial.strength.secondary',
} as const satisfies KeyMap;

/** A language's name. */
export const LANGUAGE_NAME = {
  ru: 'glossary.lang.ru',
  kk: 'glossary.lang.kk',
  en: 'glossary.lang.en',
} as const satisfies KeyMap;

/** A numbered list of the article: the Russian one or the transliterated References. */
export const LOCATOR_LIST = {
  ru: 'article.references',
  translit: 'locator.list.translit',
} as const satisfies KeyMap;

/** A part of the article's front matter a locator points at. */
export const LOCATOR_PART = {
  title: 'locator.part.title',
  authors: 'locator.part.authors',
  abstract: 'locator.part.abstract',
  keywords: 'locator.part.keywords',
  identifiers: 'locator.part.identifiers',
} as const satisfies KeyMap;

/** The kind of a legal act. */
export const NORM_KIND = {
  constitution: 'norm.kind.constitution',
  code: 'norm.kind.code',
  law: 'norm.kind.law',
  'presidential-decree': 'norm.kind.presidential-decree',
  'government-decree': 'norm.kind.government-decree',
  'policy-concept': 'norm.kind.policy-concept',
  strategy: 'norm.kind.strategy',
  treaty: 'norm.kind.treaty',
  convention: 'norm.kind.convention',
} as const satisfies KeyMap;

/** A status, as a legend or table label (no grammatical gender). */
export const NORM_STATUS = {
  'in-force': 'norm.status.in-force',
  'in-force-international': 'norm.status.in-force-international',
  repealed: 'norm.status.repealed',
  replaced: 'norm.status.replaced',
  unconfirmed: 'norm.status.unconfirmed',
} as const satisfies KeyMap;

/** Kazakhstan's position on an international instrument. */
export const RATIFICATION = {
  party: 'norm.status.kz.party',
  signed: 'norm.status.kz.signed',
  'not-party': 'norm.status.kz.not-party',
  unconfirmed: 'norm.status.kz.unconfirmed',
  act: 'norm.status.kz.act',
} as const satisfies KeyMap;

/** An editorial note's category. */
export const NOTE_CATEGORY = {
  slip: 'note.category.slip',
  'reading-order': 'note.category.reading-order',
  'status-change': 'note.category.status-change',
  identification: 'note.category.identification',
  context: 'note.category.context',
} as const satisfies KeyMap;

/** A severity (of an editorial note or an audit finding). */
export const SEVERITY = {
  error: 'note.severity.error',
  warning: 'note.severity.warning',
  info: 'note.severity.info',
} as const satisfies KeyMap;

/** A severity as the heading of the notes or findings of that severity. */
export const SEVERITY_GROUP = {
  error: 'note.severities.error',
  warning: 'note.severities.warning',
  info: 'note.severities.info',
} as const satisfies KeyMap;

/** The kind of an organisation. */
export const ORGANIZATION_KIND = {
  international: 'organization.kind.international',
  regional: 'organization.kind.regional',
  'state-body': 'organization.kind.state-body',
  university: 'organization.kind.university',
} as const satisfies KeyMap;

/** The kind of a source. */
export const SOURCE_KIND = {
  'journal-article': 'source.kind.journal-article',
  'web-page': 'source.kind.web-page',
  report: 'source.kind.report',
  'legal-act': 'source.kind.legal-act',
} as const satisfies KeyMap;

/** A figure's unit after its value. */
export const STATISTIC_UNIT = {
  persons: 'statistic.unit.persons',
  percent: 'statistic.unit.percent',
} as const satisfies KeyMap;

/** A chart panel's unit. */
export const FIGURE_UNIT = {
  persons: 'visuals.figures.unit.persons',
  percent: 'visuals.figures.unit.percent',
} as const satisfies KeyMap;

/** How the figures' chart labels the scale that all panels of a unit share. */
export const FIGURE_SCALE = {
  persons: 'visuals.figures.scale.persons',
  percent: 'visuals.figures.scale.percent',
} as const satisfies KeyMap;

/** A comparison matrix position. */
export const POSITION = {
  guaranteed: 'visuals.position.guaranteed',
  restricted: 'visuals.position.restricted',
  'at-risk': 'visuals.position.at-risk',
  'not-addressed': 'visuals.position.not-addressed',
} as const satisfies KeyMap;

/** A compared group's name: the comparison matrix's columns. */
export const COMPARED_GROUP = {
  eaeu: 'visuals.matrix.eaeu',
  others: 'visuals.matrix.others',
} as const satisfies KeyMap;
/** A relation between acts, read from the act that holds it and from its target. */
export const NORM_RELATION = {
  amends: { forward: 'norm.relation.amends', inverse: 'norm.relation.amends.inverse' },
  repeals: { forward: 'norm.relation.repeals', inverse: 'norm.relation.repeals.inverse' },
  succeeds: { forward: 'norm.relation.succeeds', inverse: 'norm.relation.succeeds.inverse' },
  implements: { forward: 'norm.relation.implements', inverse: 'norm.relation.implements.inverse' },
} as const satisfies Readonly<Record<string, { forward: UiKey; inverse: UiKey }>>;

/** A status that ends an act, agreeing with the act's grammatical gender (Russian «утратил/утратила/утратило»). */
export const ENDED_STATUS = {
  repealed: { m: 'norm.status.repealed.m', f: 'norm.status.repealed.f', n: 'norm.status.repealed.n' },
  replaced: { m: 'norm.status.replaced.m', f: 'norm.status.replaced.f', n: 'norm.status.replaced.n' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, UiKey>>>>;

/** The heading of one of the article's printed lists. */
export const ARTICLE_LIST = {
  footnotes: 'article.footnotes',
  references: 'article.references',
} as const satisfies KeyMap;
