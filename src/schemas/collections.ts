import type { z } from 'astro/zod';
import { ArticleSchema } from './article';
import { ComparisonRowSchema } from './comparison';
import { GlossaryTermSchema } from './glossary-term';
import { NormSchema } from './norm';
import { NoteSchema } from './note';
import { OrganizationSchema } from './organization';
import { SectionSchema } from './section';
import { SourceSchema } from './source';
import { StatisticSchema } from './statistic';

/**
 * The schema every entry of a collection is validated by, for the loaders and the tests' loader.
 * Its keys are the collections' names (each has one entry in the registry, src/lib/collections).
 */
export const COLLECTION_SCHEMAS = {
  articles: ArticleSchema,
  sections: SectionSchema,
  norms: NormSchema,
  statistics: StatisticSchema,
  sources: SourceSchema,
  organizations: OrganizationSchema,
  notes: NoteSchema,
  glossary: GlossaryTermSchema,
  comparisons: ComparisonRowSchema,
} satisfies Record<string, z.ZodType>;
