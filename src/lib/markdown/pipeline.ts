import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { UiLang } from '../../i18n/langs';
import { remarkArticleReferences } from './remark-article-references';

/**
 * The article's Markdown pipeline, declared once: the content layer renders each section with it
 * (astro.config.ts), recording the paragraphs and citations the graph reads, and the pages render
 * a section's text with it in their UI language (render-section.ts).
 */
export function articleMarkdown(base: string, lang?: UiLang): Pick<UnifiedProcessorOptions, 'remarkPlugins'> {
  return { remarkPlugins: [[remarkArticleReferences, { base, lang }]] };
}
