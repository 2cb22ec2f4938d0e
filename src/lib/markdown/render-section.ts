import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UiLang } from '../../i18n/langs';
import type { Entry } from '../content';
import { articleMarkdown } from './pipeline';

const renderers = new Map<UiLang, Promise<MarkdownRenderer>>();
const rendered = new Map<string, Promise<string>>();

/** The article's Markdown pipeline, with mention links made for the pages in `lang`. */
function rendererFor(lang: UiLang): Promise<MarkdownRenderer> {
  const renderer =
    renderers.get(lang) ?? createMarkdownProcessor(articleMarkdown(import.meta.env.BASE_URL, lang));
  renderers.set(lang, renderer);
  return renderer;
}

/**
 * A section's text as HTML for a page in `lang`, with mentions linking to the entries' pages in
 * that language, so the reader stays in it. Each section is rendered once per language, here and
 * not taken from the content layer's rendering: that one is cached between builds, and its links
 * would keep the base path of the build that cached it.
 */
export function renderSection(section: Entry<'sections'>, lang: UiLang): Promise<string> {
  const key = `${lang}:${section.id}`;
  const html =
    rendered.get(key) ??
    rendererFor(lang).then(async (renderer) => {
      const fileURL = pathToFileURL(resolve(section.filePath ?? section.id));
      return (await renderer.render(section.body ?? '', { fileURL })).code;
    });
  rendered.set(key, html);
  return html;
}
