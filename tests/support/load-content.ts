import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { pathToFileURL } from 'node:url';
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from '../../src/lib/collections';
import type { Collections } from '../../src/lib/content';
import { entryId, listContentFiles } from '../../src/lib/content-files';
import { articleMarkdown } from '../../src/lib/markdown/pipeline';
import { COLLECTION_SCHEMAS } from '../../src/schemas/collections';

/**
 * Loads a content folder the way the site's loaders do (same schemas, same ids, sections rendered
 * by the same Markdown pipeline), for tests that check the data without running a build.
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

/** The site's Markdown pipeline, as the content layer runs it. */
const renderer = createMarkdownProcessor(articleMarkdown('/'));

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
  const { code, metadata } = await (await renderer).render(content, { fileURL: pathToFileURL(path) });
  return { ...entry, body: content, rendered: { html: code, metadata } };
}
