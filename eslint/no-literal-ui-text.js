/**
 * No literal UI text in .astro templates: a word a reader sees (a text node, or an aria-label,
 * title, alt or placeholder) comes from the dictionaries through `t(key)`, so every page says it in
 * its own language. A `{…}` expression is followed as far as a literal can reach the page
 * unchanged: a string or template literal, either branch of `?:`, the fallback of `&&`, `||`, `??`,
 * either side of `+`, and a frontmatter `const` holding one of these. A literal passed to a
 * function (a key given to t, a class name) is the function's business and is not checked.
 */

/** Attributes whose value a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);

/**
 * Text that is not UI language: the same in every language, so it has no key. Kept short on
 * purpose: international identifier names and codes (ISO 3166 «KZ», a norm's jurisdiction),
 * printed alike in every language.
 */
export const ALLOWED_TEXT = new Set(['DOI', 'ISSN', 'KZ']);

/** Elements whose text is code, a path or a key a reader types, not language. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp']);
const inCode = (node) =>
  node.parent?.type === 'JSXElement' && CODE_ELEMENTS.has(node.parent.openingElement.name.name);

/** Has a letter, and is not on the allowlist (after folding whitespace). */
const isUiText = (text) => {
  const folded = text.replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(folded) && !ALLOWED_TEXT.has(folded);
};

/** The variable a name refers to, looked up from the scope it is used in outward. */
function variableOf(scope, name) {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * The literals in an expression that reach the page as they are written. `seen` guards against a
 * `const` that refers back to itself through others.
 */
function literalsReaching(expression, scope, seen = new Set()) {
  switch (expression?.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? [{ node: expression, text: expression.value }] : [];
    case 'TemplateLiteral':
      return [
        ...expression.quasis.map((quasi) => ({ node: quasi, text: quasi.value.cooked ?? '' })),
        ...expression.expressions.flatMap((inner) => literalsReaching(inner, scope, seen)),
      ];
    case 'ConditionalExpression':
      return [expression.consequent, expression.alternate].flatMap((branch) =>
        literalsReaching(branch, scope, seen),
      );
    case 'LogicalExpression':
      // `cond && 'x'` prints only its right side; `a || 'x'` and `a ?? 'x'` print either.
      return (
        expression.operator === '&&' ? [expression.right] : [expression.left, expression.right]
      ).flatMap((side) => literalsReaching(side, scope, seen));
    case 'BinaryExpression':
      return expression.operator === '+'
        ? [expression.left, expression.right].flatMap((side) => literalsReaching(side, scope, seen))
        : [];
    case 'Identifier': {
      const variable = variableOf(scope, expression.name);
      const [definition] = variable?.defs ?? [];
      if (variable?.defs.length !== 1 || definition.type !== 'Variable' || definition.parent.kind !== 'const')
        return [];
      if (seen.has(variable)) return [];
      seen.add(variable);
      return literalsReaching(definition.node.init, scope, seen);
    }
    default:
      return [];
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text in .astro templates comes from src/i18n through t(key)' },
    messages: {
      text: 'Literal UI text «{{text}}»: put it in src/i18n/{ru,kk,en}.ts and write {t(key)}.',
      attribute: 'Literal {{name}}="{{text}}": put it in src/i18n/{ru,kk,en}.ts and write {{name}}={t(key)}.',
      expression:
        'Literal UI text «{{text}}» reaches the page from an expression: put it in src/i18n/{ru,kk,en}.ts and use t(key).',
    },
    schema: [],
  },
  create(context) {
    // A frontmatter const rendered twice is reported once, where it is written.
    const reported = new Set();
    const reportLiterals = (expression) => {
      for (const { node, text } of literalsReaching(expression, context.sourceCode.getScope(expression))) {
        if (!isUiText(text) || reported.has(node)) continue;
        reported.add(node);
        context.report({ node, messageId: 'expression', data: { text: text.trim() } });
      }
    };
    return {
      // An expression among an element's children prints as text (a `{…}` in an attribute is an
      // attribute's value: only the spoken ones below are checked).
      JSXExpressionContainer(node) {
        if (['JSXElement', 'JSXFragment'].includes(node.parent?.type) && !inCode(node))
          reportLiterals(node.expression);
      },
      JSXText(node) {
        if (isUiText(node.value) && !inCode(node))
          context.report({ node, messageId: 'text', data: { text: node.value.trim() } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        const { value } = node;
        if (!SPOKEN_ATTRIBUTES.has(name)) return;
        if (value?.type === 'JSXExpressionContainer') return reportLiterals(value.expression);
        if (value?.type !== 'Literal' || typeof value.value !== 'string') return;
        if (isUiText(value.value))
          context.report({ node, messageId: 'attribute', data: { name, text: value.value } });
      },
    };
  },
};
