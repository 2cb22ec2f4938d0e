/**
 * No literal UI text in .astro templates: a word a reader sees (a text node, or an aria-label,
 * title, alt or placeholder written as a plain attribute) comes from the dictionaries through
 * `t(key)`, so every page says it in its own language. Text inside `{…}` expressions is code's
 * business (data, or a call to t) and is not checked here.
 */

/** Attributes whose value a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);

/**
 * Text that is not UI language: the same in every language, so it has no key. Kept short on
 * purpose: international identifier names, printed alike in every language.
 */
export const ALLOWED_TEXT = new Set(['DOI', 'ISSN']);

/** Elements whose text is code, a path or a key a reader types, not language. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp']);
const inCode = (node) =>
  node.parent?.type === 'JSXElement' && CODE_ELEMENTS.has(node.parent.openingElement.name.name);

/** Has a letter, and is not on the allowlist (after folding whitespace). */
const isUiText = (text) => {
  const folded = text.replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(folded) && !ALLOWED_TEXT.has(folded);
};

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text in .astro templates comes from src/i18n through t(key)' },
    messages: {
      text: 'Literal UI text «{{text}}»: put it in src/i18n/{ru,kk,en}.ts and write {t(key)}.',
      attribute: 'Literal {{name}}="{{text}}": put it in src/i18n/{ru,kk,en}.ts and write {{name}}={t(key)}.',
    },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        if (isUiText(node.value) && !inCode(node))
          context.report({ node, messageId: 'text', data: { text: node.value.trim() } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        const { value } = node;
        if (!SPOKEN_ATTRIBUTES.has(name) || value?.type !== 'Literal' || typeof value.value !== 'string')
          return;
        if (isUiText(value.value))
          context.report({ node, messageId: 'attribute', data: { name, text: value.value } });
      },
    };
  },
};
