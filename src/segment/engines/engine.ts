import { createRequire } from 'node:module'
import { CppccNlpError } from '../../errors.js'

/** The segmentation engines: both cut with the same jieba dictionary. */
export const ENGINES = ['@node-rs/jieba', 'nodejieba'] as const
export type EngineName = (typeof ENGINES)[number]
export const isEngineName = (s: string): s is EngineName => (ENGINES as readonly string[]).includes(s)

/**
 * A jieba engine reduced to what it does best: the dictionary's most probable route through a text
 * (no HMM; see segment/words.ts for the rest). Engines differ in how their HMMs treat unknown words,
 * not in this route, so the library's words do not depend on the engine.
 */
export type SegmentEngine = { readonly name: EngineName; cut(text: string): string[] }

/**
 * What every engine loads: one dictionary, jieba's with our user words merged in (a user word replaces
 * jieba's line of the same word). Engines count a word listed twice differently, which moves the
 * total frequency and with it the route wherever two cuts are nearly equal (太差 or 太|差): one merged
 * dictionary and no user dictionary keeps them on the same route.
 */
export type EngineDictionary = { dict: Uint8Array }

/** The install command of an engine that could not be loaded, in a typed error. */
export function engineMissing(name: EngineName, cause: unknown): CppccNlpError {
  const how = name === 'nodejieba'
    ? 'npm install nodejieba (it compiles a native addon: a C++ toolchain is needed)'
    : 'npm install @node-rs/jieba (a prebuilt binary for this platform)'
  return new CppccNlpError('E_ENGINE', `the segmentation engine ${name} is not installed or cannot load here: ${how}`, { cause })
}

/** Throws the typed error of a missing engine without loading it: a batch checks once, before its workers start. */
export function assertInstalled(name: EngineName): void {
  try {
    createRequire(import.meta.url).resolve(name)
  } catch (e) {
    throw engineMissing(name, e)
  }
}
