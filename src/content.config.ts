import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { extensionOf, findDuplicateIds, listContentFiles } from './lib/content-files';
import { ArticleSchema } from './schemas/article';
import { ComparisonRowSchema } from './schemas/comparison';
import { GlossaryTermSchema } from './schemas/glossary-term';
import { NormSchema } from './schemas/norm';
import { NoteSchema } from './schemas/note';
import { OrganizationSchema } from './schemas/organization';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { StatisticSchema } from './schemas/statistic';

/**
 * Where the collections are read from: `content/`, or the folder named by CONTENT_DIR (the scale
 * bench builds a synthetic corpus that way).
 */
const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

/**
 * Every collection lives in content/<name>/, one file per entry. Astro's glob loader, with a
 * check first that no two files claim the same id (the loader would keep one silently).
 */
function fromContent(name: string): Loader {
  const extension = extensionOf(name);
  const base = `${contentRoot}/${name}`;
  const loader = glob({ pattern: `**/*.${extension}`, base });
  return {
    name: `content-${name}`,
    load: async (context) => {
      const duplicates = findDuplicateIds(base, listContentFiles(base, extension));
      if (duplicates.length > 0) throw new Error(`Duplicate ids in ${base}:\n  ${duplicates.join('\n  ')}`);
      await loader.load(context);
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: fromContent('articles'), schema: ArticleSchema }),
  sections: defineCollection({ loader: fromContent('sections'), schema: SectionSchema }),
  norms: defineCollection({ loader: fromContent('norms'), schema: NormSchema }),
  statistics: defineCollection({ loader: fromContent('statistics'), schema: StatisticSchema }),
  sources: defineCollection({ loader: fromContent('sources'), schema: SourceSchema }),
  organizations: defineCollection({ loader: fromContent('organizations'), schema: OrganizationSchema }),
  notes: defineCollection({ loader: fromContent('notes'), schema: NoteSchema }),
  glossary: defineCollection({ loader: fromContent('glossary'), schema: GlossaryTermSchema }),
  comparisons: defineCollection({ loader: fromContent('comparisons'), schema: ComparisonRowSchema }),
};
