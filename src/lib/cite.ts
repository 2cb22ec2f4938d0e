import { pick, useTranslations, type UiLang } from '../i18n';
import type { Graph } from './graph';

/**
 * The citation of a section, up to the paragraph: «Молдахметова Ж.Е. Влияние … // Вестник … –
 * 2025. – DOI: 10.51889/…. – Раздел «Введение»». A paragraph's citation adds its number and URL.
 */
export function sectionCitation(graph: Graph, sectionId: string, lang: UiLang): string {
  const t = useTranslations(lang);
  const section = graph.entry('sections', sectionId);
  const { data } = graph.entry('articles', section.data.article.id);
  const authors = data.authors.map((author) => author.name[lang]).join(', ');
  const { journal, year } = data.publication;
  return `${authors} ${data.citationTitle[lang]} // ${journal}. – ${year}. – DOI: ${data.doi}. – ${t('cite.section')} «${pick(section.data.navTitle, lang).text}»`;
}
