import type { Entry } from '../content';
import type { ContentProblem } from '../integrity';
import type { ArticleReferencesData } from '../markdown/remark-article-references';
import { fileOf } from './keys';

/** What the Markdown plugin recorded of a section (paragraphs, citations), if it rendered. */
function renderedData(section: Entry<'sections'>): ArticleReferencesData | undefined {
  const frontmatter = section.rendered?.metadata?.['frontmatter'] as
    Partial<ArticleReferencesData> | undefined;
  return frontmatter?.paragraphs && frontmatter.citations
    ? (frontmatter as ArticleReferencesData)
    : undefined;
}

/** Each rendered section's paragraphs and citations, by section id; unrendered sections are left out. */
export function renderedSections(sections: Entry<'sections'>[]): Map<string, ArticleReferencesData> {
  return new Map(
    sections.flatMap((section) => {
      const data = renderedData(section);
      return data ? [[section.id, data] as const] : [];
    }),
  );
}

/** Every section whose Markdown did not render (the renderer has logged why). */
export function findUnrenderedSections(sections: Entry<'sections'>[]): ContentProblem[] {
  return sections
    .filter((section) => !renderedData(section))
    .map((section) => ({
      file: fileOf(section),
      field: 'body',
      reason: 'the Markdown did not render (see the error logged above)',
    }));
}
