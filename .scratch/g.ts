import { loadGazetteer } from '../src/places/gazetteer.ts'
console.time('load'); const g = loadGazetteer(); console.timeEnd('load')
for (const k of ['吉林','长春','延边','延边州','南康','朝阳区','朝阳','平顺','白山','和平','天长','香港','城北庄街道','内蒙古','广西']) console.log(k, (g.trie.get(k)??[]).map(f=>f.division.name+'/'+f.division.level+'/'+(f.division.parent?.name??'')).join(' '))
console.log(process.memoryUsage().heapUsed/1e6)
