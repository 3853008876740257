import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Builds the demo site once (root and /sub/ base path) for the tests that read dist/, and
    // chooses the browser for the browser tests once.
    globalSetup: ['tests/setup/build.ts', 'tests/setup/browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
