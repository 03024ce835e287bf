import { defineConfig } from 'vitest/config';

// Unit and SVG snapshot tests: pure logic in src/lib, no browser. Browser tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/svg/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
