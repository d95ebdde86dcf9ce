import { defineConfig } from 'tsup'
import { writeImages } from './src/resources/images.js'

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  shims: true,
  external: ['nodejieba'],
  // Tables that start-up would otherwise make, saved next to the bundle (src/resources/images.ts).
  async onSuccess() {
    writeImages('dist')
  },
})
