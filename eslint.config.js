import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/'] },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
);
