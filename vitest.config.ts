import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files of a worker share its modules, so the analyzer of test/helpers.ts (every lexicon and
    // the segmenter's dictionary) is loaded once per worker, not once per file.
    isolate: false,
    // Loading an analyzer takes a few seconds on a busy machine; no test is about time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
