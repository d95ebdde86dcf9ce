/**
 * Tag documents with your own taxonomy (same format as data/taxonomy.json), or train tags from
 * labelled examples: `npx tsx examples/custom-taxonomy.ts`.
 */
import { createAnalyzer, parseTaxonomy, trainTopicClassifier } from '../src/index.js'

// 1. A taxonomy of your own, validated by zod (a bad one throws CppccNlpError E_TAXONOMY).
const taxonomy = parseTaxonomy({
  tags: [
    { id: 'water', label: '河湖治理', terms: { 河长制: 3, 河湖: 2, 水质: 2, 污水: 2 } },
    { id: 'elderly', label: '养老服务', terms: { 养老: 3, 老年人: 2, 助餐: 2, 护理: 1.5 } },
  ],
})
const analyzer = createAnalyzer({ taxonomy, topicThreshold: 2 })
const text = '市政协委员视察河湖治理，建议落实河长制，加强水质监测和污水处理。'
console.log('taxonomy tags:', analyzer.analyze(text).topics.map((t) => `${t.id} (${t.score}; ${t.evidence.join('、')})`))

// 2. Tags trained from labelled paragraphs (natural's naive Bayes over jieba words).
const classifier = trainTopicClassifier([
  { tag: 'water', text: '推进河长制责任落实，开展河湖清四乱专项行动。' },
  { tag: 'water', text: '委员建议加强流域水污染治理和河道整治。' },
  { tag: 'elderly', text: '围绕居家养老服务开展调研，建议增加社区助餐点。' },
  { tag: 'elderly', text: '完善老年人医疗保障，发展普惠养老和医养结合。' },
])
console.log('trained tags:', classifier.classify('建议加快城区河道整治，落实河长制。'))
