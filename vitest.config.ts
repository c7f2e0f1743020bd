import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The tests run in a mirror of the project holding the curated documents (tests/unit/setup).
    globalSetup: ['tests/unit/setup/curated-root.ts'],
    setupFiles: ['tests/unit/setup/chdir.ts'],
    // Several tests validate a whole copy of the base (about a second each on an idle 2-core
    // machine); the default 5 s timed one out on a loaded machine, which proves nothing.
    testTimeout: 30_000,
  },
});
