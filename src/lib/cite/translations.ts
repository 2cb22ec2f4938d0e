/**
 * The English translations of titles that citations in the English UI add in square brackets
 * (APA, OSCOLA and Chicago ask for them with a work in another language). Each says where it comes
 * from: the article's own English title, an official English title of an act, or an editorial
 * translation, which the page marks as such.
 */
import type { Graph } from '../graph';
import { citableTitle } from '../norm-status';
import type { RecordTarget } from './target';

/** A title's English translation and whether it is the site's own (editorial) one. */
export interface TitleTranslation {
  text: string;
  /** True where the translation is the site's; false where the work or an official text gives it. */
  editorial: boolean;
}

/** The English translation of a record's title, if there is one. */
export function titleTranslation(graph: Graph, target: RecordTarget): TitleTranslation | undefined {
  switch (target.collection) {
    case 'articles':
      return { text: graph.entry('articles', target.id).data.citationTitle.en, editorial: false };
    case 'sections': {
      const article = graph.entry('sections', target.id).data.article.id;
      return { text: graph.entry('articles', article).data.citationTitle.en, editorial: false };
    }
    case 'norms': {
      const { data } = graph.entry('norms', target.id);
      const official = data.official.title?.en ? citableTitle(data.official.title, 'en') : undefined;
      if (official !== undefined) return { text: official, editorial: false };
      return data.shortTitle.en === undefined ? undefined : { text: data.shortTitle.en, editorial: true };
    }
    case 'sources': {
      const { data } = graph.entry('sources', target.id);
      // A legal act is the norm it points at, whose English title may be an official one.
      if (data.kind === 'legal-act')
        return titleTranslation(graph, { collection: 'norms', id: data.norm.id });
      return data.titleTranslation === undefined
        ? undefined
        : { text: data.titleTranslation.en, editorial: true };
    }
  }
}
