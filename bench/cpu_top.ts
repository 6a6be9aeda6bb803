/*
|--------------------------------------------------------------------------
| The top costs of a CPU profile
|--------------------------------------------------------------------------
|
| Sums the self time of a `node --cpu-prof` profile by package (or app
| folder) and by function, and prints the largest shares:
|
|   node --import=@poppinss/ts-exec bench/cpu_top.ts CPU.*.cpuprofile
|
*/

import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}
const selfTime = new Map<number, number>()
profile.samples.forEach((id, index) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
})
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0)

function area(url: string) {
  if (!url) return '(native / idle / gc)'
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (inModules) return inModules[1]
  if (url.startsWith('node:')) return url
  const inApp = url.match(/\/build\/(app\/[^/]+|start|config|providers)/)
  return inApp ? inApp[1] : url.replace(/^.*\//, '')
}

const byArea = new Map<string, number>()
const byFunction = new Map<string, number>()
for (const node of profile.nodes) {
  const time = selfTime.get(node.id) ?? 0
  if (!time) continue
  const where = area(node.callFrame.url)
  byArea.set(where, (byArea.get(where) ?? 0) + time)
  const name = `${node.callFrame.functionName || '(anonymous)'} ${where}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + time)
}

const top = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `| ${name} | ${((time / total) * 100).toFixed(1)} % |`)
    .join('\n')

console.log(`| where | share of CPU |\n| --- | --- |\n${top(byArea, 15)}\n`)
console.log(`| function | share of CPU |\n| --- | --- |\n${top(byFunction, 15)}`)
