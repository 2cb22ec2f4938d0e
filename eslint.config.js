import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { noLiteralUiText } from './eslint/no-literal-ui-text.js';

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/'] },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['src/**/*.astro'],
    plugins: { i18n: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    rules: { 'i18n/no-literal-ui-text': 'error' },
  },
  {
    // Reproducible builds: what a page says never depends on when or where it was built. The
    // rebuild test (tests/build/reproducible.test.ts) cannot see a clock read that only yields
    // today's date, nor a locale-dependent order that its one other locale happens to share.
    files: ['src/**', 'astro.config.ts'],
    // Client scripts of .astro files (linted as `X.astro/0_0.ts`) run in the browser, not the build.
    ignores: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "NewExpression[callee.name='Date'][arguments.length=0]",
          "CallExpression[callee.name='Date']",
          "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          'CallExpression[callee.property.name=/^(randomUUID|getRandomValues)$/]',
        ].map((selector) => ({
          selector,
          message:
            'The build must not read the clock or a random source: take dates from the content (or the last commit), ids from the data.',
        })),
        ...[
          "CallExpression[callee.property.name='localeCompare'][arguments.length<2]",
          'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length=0]',
          "NewExpression[callee.object.name='Intl'][arguments.length=0]",
        ].map((selector) => ({
          selector,
          message:
            "Name the locale (`a.localeCompare(b, 'en')`): without one, the result follows the building machine's.",
        })),
      ],
    },
  },
);
