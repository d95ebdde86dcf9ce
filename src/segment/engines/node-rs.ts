import { createRequire } from 'node:module'
import { engineMissing, type EngineDictionary, type SegmentEngine } from './engine.js'
import { hanFreeDictionary, hanFreeRoute, isHanFree, type HanFreeDictionary } from './han-free.js'

type NodeRsJieba = { Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm?: boolean): string[] } } }

/**
 * @node-rs/jieba (jieba-rs, prebuilt per platform): one instance per analyzer, its own dictionary. The
 * package is required here (a missing engine is an error when the analyzer is made), but its dictionary
 * (some 40 MB, more while it loads) is built with the first text that has Han characters: a text without
 * any is cut to the same words by hanFreeRoute, so an English page never loads it.
 */
export function nodeRsEngine(d: EngineDictionary): SegmentEngine {
  let mod: NodeRsJieba
  try {
    mod = createRequire(import.meta.url)('@node-rs/jieba') as NodeRsJieba
  } catch (e) {
    throw engineMissing('@node-rs/jieba', e)
  }
  // The merged dictionary is kept until the engine has read it (5 MB), then let go: the engine cuts every text from then on.
  let dict: Uint8Array | undefined = d.dict
  let jieba: ReturnType<NodeRsJieba['Jieba']['withDict']> | undefined
  let hanFree: HanFreeDictionary | undefined
  return {
    name: '@node-rs/jieba',
    cut(text) {
      if (dict !== undefined && isHanFree(text)) return hanFreeRoute(text, (hanFree ??= hanFreeDictionary(dict)))
      if (jieba === undefined) {
        jieba = mod.Jieba.withDict(dict!)
        dict = undefined
        hanFree = undefined
      }
      return jieba.cut(text, false)
    },
  }
}
