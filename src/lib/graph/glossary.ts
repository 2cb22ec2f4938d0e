import type { Entry } from '../content';
import type { ContentProblem } from '../integrity';
import { entityKey, fileOf } from './keys';
import type { KeyedSite } from './types';

/**
 * Glossary terms are found by their word forms, case-insensitively, in the body: a site for every
 * paragraph that holds a form, form after form.
 */
export function glossarySites(
  glossary: Entry<'glossary'>[],
  sections: Entry<'sections'>[],
  paragraphs: (section: string) => string[],
): KeyedSite[] {
  return glossary.flatMap((term) =>
    term.data.forms.flatMap((form) => {
      const needle = form.toLocaleLowerCase();
      return sections.flatMap((section) =>
        paragraphs(section.id).flatMap((text, index): KeyedSite[] =>
          text.toLocaleLowerCase().includes(needle)
            ? [[entityKey('glossary', term.id), { section, paragraph: index + 1, text, form: 'mention' }]]
            : [],
        ),
      );
    }),
  );
}

/** The article's front matter in every language, lower-cased: titles, abstracts, keywords. */
function frontMatterText(articles: Entry<'articles'>[]): string {
  return articles
    .flatMap(({ data }) => [
      ...Object.values(data.title),
      ...Object.values(data.abstract),
      ...Object.values(data.keywords).flat(),
    ])
    .join('\n')
    .toLocaleLowerCase();
}

/** Every glossary form that occurs nowhere in the article, body or front matter: it would find nothing. */
export function findAbsentGlossaryForms(
  glossary: Entry<'glossary'>[],
  articles: Entry<'articles'>[],
  paragraphs: string[],
): ContentProblem[] {
  const text = [frontMatterText(articles), ...paragraphs.map((p) => p.toLocaleLowerCase())].join('\n');
  return glossary.flatMap((term) =>
    term.data.forms.flatMap((form, index) =>
      text.includes(form.toLocaleLowerCase())
        ? []
        : [
            {
              file: fileOf(term),
              field: `forms[${index}]`,
              reason: `«${form}» occurs nowhere in the article`,
            },
          ],
    ),
  );
}
