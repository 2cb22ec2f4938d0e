import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { IsoDateSchema, LocalizedTextSchema, TextSchema, WebUrlSchema } from './common';
import { EditorialSourcesSchema, StrengthSchema } from './evidence';
import { QuoteSchema } from './quote';

/** The kinds of instrument the article relies on. */
export const NormKindSchema = z.enum([
  'constitution',
  'code',
  'law',
  'presidential-decree',
  'government-decree',
  'policy-concept',
  'strategy',
  'treaty',
  'convention',
]);

/** A text an editorial check found, with how firmly a source confirms it. */
const GradedTextSchema = z.strictObject({
  /** The text as the source gives it. */
  text: TextSchema,
  /** The strongest source seen for it: `official` only where an official page shows it. */
  grade: StrengthSchema,
});

/**
 * An instrument's title in each language it was found in, each with its own grade (an official
 * Kazakh title may be confirmed where the Russian one rests on a copy).
 */
const OfficialTitleSchema = z.strictObject({
  /** The Russian title. */
  ru: GradedTextSchema,
  /** The Kazakh title, where a source gives it. */
  kk: GradedTextSchema.optional(),
  /** The English title, where a source gives it. */
  en: GradedTextSchema.optional(),
});

/** What every status says, whatever its state. */
const StatusBaseSchema = z.strictObject({
  /**
   * The day the editors checked the status (one date per check pass, written in the content, so
   * that a build never depends on its own clock).
   */
  checked: IsoDateSchema,
  /** The state in words (ru, with en), for what the fields cannot say. */
  note: LocalizedTextSchema.optional(),
});

/** A state a source confirms: it carries that source's grade, and may carry a date and an act. */
const ConfirmedStatusSchema = StatusBaseSchema.extend({
  /** In force, repealed, or replaced by a newer instrument. */
  state: z.enum(['in-force', 'repealed', 'replaced']),
  /** How firmly the state is confirmed: the strongest source that shows it. */
  grade: StrengthSchema,
  /** From when the state holds, where known. */
  since: IsoDateSchema.optional(),
  /** The act that repealed or replaced it, where it has its own entry. */
  by: reference('norms').optional(),
});

/** A state no source confirms: it has no grade, date or act, so none can be shown as fact. */
const UnconfirmedStatusSchema = StatusBaseSchema.extend({
  /** Not confirmed by any source seen. */
  state: z.literal('unconfirmed'),
});

/** Whether the instrument is in force, as far as editorial checks found. */
const StatusSchema = z.discriminatedUnion('state', [ConfirmedStatusSchema, UnconfirmedStatusSchema]);

/** The Kazakh act by which Kazakhstan became a party, where a source names it. */
const RatifyingActSchema = z.strictObject({
  /** The act's number (e.g. 240-V). */
  number: TextSchema,
  /** The act's date. */
  date: IsoDateSchema,
  /** How firmly its number and date are confirmed. */
  grade: StrengthSchema,
});

/** Kazakhstan's position towards an international instrument. */
const RatificationSchema = z.strictObject({
  /** Party (ratified or acceded), signed only, not a party, or not confirmed. */
  state: z.enum(['party', 'signed', 'not-party', 'unconfirmed']),
  /** How firmly the position is confirmed; absent exactly when it is `unconfirmed`. */
  grade: StrengthSchema.optional(),
  /** When the source shows the position, where that is not the check date («на момент замечания МОТ»). */
  asOf: LocalizedTextSchema.optional(),
  /** The ratifying act, for a party. */
  act: RatifyingActSchema.optional(),
  /** The position in words (ru, with en). */
  note: LocalizedTextSchema,
});

/** Official facts about an instrument, all from outside the article. */
const OfficialSchema = z.strictObject({
  /** Title: ru, with kk and en where a source gives them, each graded; null while unconfirmed. */
  title: OfficialTitleSchema.nullable(),
  /** The number the act carries (e.g. 477-IV), or null where it has none. */
  number: TextSchema.nullable(),
  /** Date of adoption or signature, or null where unconfirmed. */
  adopted: IsoDateSchema.nullable(),
  /** Date of entry into force, where known. */
  inForceFrom: IsoDateSchema.optional(),
  /** The body that adopted it, or null (e.g. a referendum). */
  adoptedBy: reference('organizations').nullable(),
  /** How it was adopted, where no body fits (ru «республиканский референдум», with en). */
  adoptedHow: LocalizedTextSchema.optional(),
  /** Other codes and names the instrument is cited by (ILO `C097`, the UN resolution number). */
  aliases: z.array(TextSchema).default([]),
  /** The act's document code in the Adilet legal database (e.g. Z1100000477). */
  adiletCode: z
    .string()
    .regex(/^[A-Z]\d{9,10}_?$/, 'must be an Adilet document code such as Z1100000477')
    .optional(),
  /** The official text's address. */
  url: WebUrlSchema.optional(),
  /** Whether it is in force. */
  status: StatusSchema,
  /** For international instruments: Kazakhstan's position. */
  ratification: RatificationSchema.refine((r) => (r.state === 'unconfirmed') === (r.grade === undefined), {
    message: 'a confirmed position needs its grade, and an unconfirmed one has none',
    path: ['grade'],
  }).optional(),
  /** Where these facts were seen. */
  sources: EditorialSourcesSchema,
});

/** How one instrument relates to another (the inverse is shown on the other's page). */
const RelationSchema = z.strictObject({
  /** The relation, read «this norm <type> target». */
  type: z.enum(['amends', 'repeals', 'succeeds', 'implements']),
  /** The other instrument. */
  target: reference('norms'),
  /** Where the relation was seen. */
  sources: EditorialSourcesSchema,
});

/**
 * A passage where the article speaks generally («конвенциях МОТ и ООН», an undated «Трудовой
 * кодекс») and the editors read it as this instrument: the words, verbatim, and the note that
 * gives the editors' reasoning.
 */
export const ReadingSchema = QuoteSchema.extend({
  /** The editorial note that explains why the passage is read as this instrument. */
  note: reference('notes'),
});
export type Reading = z.output<typeof ReadingSchema>;

/** A legal act or international instrument the article names or relies on. */
export const NormSchema = z
  .strictObject({
    /** What kind of instrument. */
    kind: NormKindSchema,
    /** ISO 3166 code of the enacting state, or the organisation under which it was adopted. */
    jurisdiction: z.union([z.literal('KZ'), reference('organizations')]),
    /** A short name for lists and links, in the UI languages (editorial). */
    shortTitle: LocalizedTextSchema,
    /** Official facts (editorial, each block with its sources). */
    official: OfficialSchema,
    /**
     * Every place where the article names it itself (its title, number, date or an unambiguous
     * short name), verbatim, with where. A build check refuses a quote with nothing that identifies
     * this instrument among the others.
     */
    namedAs: z.array(QuoteSchema).default([]),
    /** Places where the article speaks generally and the editors read it as this instrument. */
    identifiedAs: z.array(ReadingSchema).default([]),
    /** Provisions the article cites, e.g. «ст. 24», each with where. */
    provisions: z.array(z.strictObject({ provision: TextSchema, quote: QuoteSchema })).default([]),
    /** The version the article relied on, where it says so. */
    versionRelied: QuoteSchema.optional(),
    /** Relations to other instruments. */
    relations: z.array(RelationSchema).default([]),
  })
  .refine((norm) => norm.namedAs.length + norm.identifiedAs.length > 0, {
    error: 'a norm must be named by the article, or read into it by the editors, at least once',
    path: ['namedAs'],
  });
export type Norm = z.output<typeof NormSchema>;
