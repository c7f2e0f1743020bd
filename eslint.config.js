// Type-aware lint for TypeScript and Astro files; CI runs it with --max-warnings 0.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'scripts/*.mjs',
      'eslint.config.js',
    ],
  },
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // astro-eslint-parser cannot give typescript-eslint the types of imports from .ts modules
    // (every import reads as an error type), so the type-aware rules would only report noise
    // here; `astro check` type-checks .astro files strictly instead.
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false } },
  },
);
