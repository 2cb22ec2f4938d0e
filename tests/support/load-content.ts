import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from '../../src/lib/collections';
import type { Collections } from '../../src/lib/content';
import { entryId, listContentFiles } from '../../src/lib/content-files';
import { remarkArticleReferences } from '../../src/lib/markdown/remark-article-references';
import { COLLECTION_SCHEMAS } from '../../src/schemas/collections';

/**
 * Loads a content folder the way the site's loaders do (same schemas, same ids, sections rendered
 * by the same remark plugin), for tests that check the data without running a build.
 */
export async function loadContent(root: string): Promise<Collections> {
  const collections = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTION_NAMES) {
    const folder = join(root, name);
    const files = listContentFiles(folder, REGISTRY.declaration(name).extension);
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
  const parsed = await COLLECTION_SCHEMAS[collection].safeParseAsync(frontmatter);
  if (!parsed.success) throw new Error(`${filePath}: ${parsed.error.message}`);
  const entry = { id, collection, filePath, data: parsed.data };
  if (!isMarkdown) return entry;
  const vfile = new VFile({ path: filePath, value: content });
  const processor = unified().use(remarkParse).use(remarkArticleReferences, { base: '/' });
  await processor.run(processor.parse(vfile), vfile);
  return { ...entry, body: content, rendered: { html: '', metadata: vfile.data['astro'] } };
}
