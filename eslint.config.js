// Lint: TypeScript, Svelte and Astro files, with each plugin's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  // Layers (docs/ARCHITECTURE.md): pages and layouts → diagrams and components → lib. `src/lib` is
  // pure (runs anywhere: build, browser, tests), `src/lib/browser` touches the DOM, `src/node` runs in
  // Node at build time. These rules make the layering a lint error instead of a convention.
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/lib runs in the browser too: Node code belongs in src/node/.' },
            {
              group: ['astro:*', '**/*.astro', '**/*.svelte'],
              message: 'src/lib holds plain modules, not components or Astro virtual modules.',
            },
            {
              group: ['**/diagrams/**', '**/components/**', '**/pages/**', '**/layouts/**', '**/node/**'],
              message: 'src/lib must not import upward (from diagrams, components, pages, layouts or node).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/browser/**', 'src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/lib runs in the browser too: Node code belongs in src/node/.' },
            {
              group: ['astro:*', '**/*.astro', '**/*.svelte'],
              message: 'src/lib holds plain modules, not components or Astro virtual modules.',
            },
            {
              group: ['**/diagrams/**', '**/components/**', '**/pages/**', '**/layouts/**', '**/node/**', '**/browser/**'],
              message: 'pure src/lib must not import upward (diagrams, components, pages, layouts, node) or browser code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'matchMedia', 'process'].map((name) => ({
          name,
          message: `pure src/lib must not use ${name}: browser code belongs in src/lib/browser/, Node code in src/node/.`,
        })),
      ],
    },
  },
  {
    // src/data reads the content collections for pages and diagrams; it sits under them.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/diagrams/**', '**/components/**', '**/pages/**', '**/layouts/**'],
              message: 'src/data must not import upward (from diagrams, components, pages or layouts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/diagrams/**/*.{ts,svelte,astro}', 'src/components/**/*.{ts,svelte,astro}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pages/**', '**/node/**'],
              message: 'diagrams and components must not import from pages or Node build code (src/node).',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
