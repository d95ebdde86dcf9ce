import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files of a worker share its modules, so the analyzer of test/helpers.ts (every lexicon and
    // the segmenter's dictionary) is loaded once per worker, not once per file.
    isolate: false,
    // No test is about time: a test over every fixture page takes 90 s on a quiet machine and more than twice that on a
    // busy one, so the limit is CI's whole budget (10 minutes), only there to end a test that hangs.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
