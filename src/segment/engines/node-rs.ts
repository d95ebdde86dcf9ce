import { createRequire } from 'node:module'
import { engineMissing, type EngineDictionary, type SegmentEngine } from './engine.js'

type NodeRsJieba = { Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm?: boolean): string[] } } }

/** @node-rs/jieba (jieba-rs, prebuilt per platform): one instance per analyzer, its own dictionary. */
export function nodeRsEngine(d: EngineDictionary): SegmentEngine {
  let mod: NodeRsJieba
  try {
    mod = createRequire(import.meta.url)('@node-rs/jieba') as NodeRsJieba
  } catch (e) {
    throw engineMissing('@node-rs/jieba', e)
  }
  const jieba = mod.Jieba.withDict(d.dict)
  return { name: '@node-rs/jieba', cut: (text) => jieba.cut(text, false) }
}
