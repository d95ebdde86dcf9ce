import { defineConfig, mergeConfig } from 'vitest/config'
import base from '../../vitest.config.js'

// `npm run bench`: the benches of test/bench/, one file at a time (they time spawned processes and
// worker pools: nothing else may run beside them), then the summary table of targets.
export default mergeConfig(base, defineConfig({
  test: {
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    globalSetup: ['test/bench/summary.ts'],
    fileParallelism: false,
  },
}))
