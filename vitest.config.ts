import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests: pure logic in src/lib, and Svelte components rendered on the server (as the build
// does). The diagram snapshots need Astro's compiler, so they run in a project of their own with
// Astro's Vite configuration (vitest.diagrams.config.ts). Browser tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/diagrams/snapshots.test.ts', 'src/diagrams/figures.test.ts'],
        },
      },
      './vitest.diagrams.config.ts',
    ],
  },
});
