import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import type { Collections, CollectionName } from '../../src/lib/content';
import { entryId, extensionOf, listContentFiles } from '../../src/lib/content-files';
import { remarkArticleReferences } from '../../src/lib/markdown/remark-article-references';
import { ArticleSchema } from '../../src/schemas/article';
import { ComparisonRowSchema } from '../../src/schemas/comparison';
import { GlossaryTermSchema } from '../../src/schemas/glossary-term';
import { NormSchema } from '../../src/schemas/norm';
import { NoteSchema } from '../../src/schemas/note';
import { OrganizationSchema } from '../../src/schemas/organization';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { StatisticSchema } from '../../src/schemas/statistic';

const schemas: Record<CollectionName, z.ZodType> = {
  articles: ArticleSchema,
  sections: SectionSchema,
  norms: NormSchema,
  statistics: StatisticSchema,
  sources: SourceSchema,
  organizations: OrganizationSchema,
  notes: NoteSchema,
  glossary: GlossaryTermSchema,
  comparisons: ComparisonRowSchema,
};

/**
 * Loads a content folder the way the site's loaders do (same schemas, same ids, sections rendered
 * by the same remark plugin), for tests that check the data without running a build.
 */
export async function loadContent(root: string): Promise<Collections> {
  const collections = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(schemas) as CollectionName[]) {
    const folder = join(root, name);
    const files = listContentFiles(folder, extensionOf(name));
    collections[name] = await Promise.all(files.map((file) => loadEntry(name, folder, file)));
  }
  return collections as unknown as Collections;
}

async function loadEntry(collection: CollectionName, folder: string, file: string) {
  const path = join(folder, file);
  const source = readFileSync(path, 'utf8');
  const id = entryId(file);
  const filePath = relative(process.cwd(), path);
  const isMarkdown = file.endsWith('.md');
  const { frontmatter, content } = isMarkdown
    ? parseFrontmatter(source)
    : { frontmatter: yaml.load(source), content: '' };
  const parsed = await schemas[collection].safeParseAsync(frontmatter);
  if (!parsed.success) throw new Error(`${filePath}: ${parsed.error.message}`);
  const entry = { id, collection, filePath, data: parsed.data };
  if (!isMarkdown) return entry;
  const vfile = new VFile({ path: filePath, value: content });
  const processor = unified().use(remarkParse).use(remarkArticleReferences, { base: '/' });
  await processor.run(processor.parse(vfile), vfile);
  return { ...entry, body: content, rendered: { html: '', metadata: vfile.data['astro'] } };
}
