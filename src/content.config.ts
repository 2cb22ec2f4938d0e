import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article';
import { NormSchema } from './schemas/norm';
import { NoteSchema } from './schemas/note';
import { OrganizationSchema } from './schemas/organization';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { StatisticSchema } from './schemas/statistic';

/** Every collection lives in content/<name>/, one YAML file per entry (sections: Markdown). */
const fromContent = (name: string, pattern = '**/*.yaml') =>
  glob({ pattern, base: `./content/${name}` });

export const collections = {
  articles: defineCollection({ loader: fromContent('articles'), schema: ArticleSchema }),
  sections: defineCollection({ loader: fromContent('sections', '**/*.md'), schema: SectionSchema }),
  norms: defineCollection({ loader: fromContent('norms'), schema: NormSchema }),
  statistics: defineCollection({ loader: fromContent('statistics'), schema: StatisticSchema }),
  sources: defineCollection({ loader: fromContent('sources'), schema: SourceSchema }),
  organizations: defineCollection({ loader: fromContent('organizations'), schema: OrganizationSchema }),
  notes: defineCollection({ loader: fromContent('notes'), schema: NoteSchema }),
};
