// Throughput of one adapter as the text grows: every article of the dev set joined (and repeated)
// up to each target size, median of repeated analyze() calls, in chars/s. Flat figures mean linear cost.
//
//   node bench/sweep.mjs ADAPTER.mjs ARTICLE_DIR [ARTICLE_DIR ...]
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

// Smaller texts get more runs, so each size is timed over a similar total and noise weighs alike.
const SIZES = [{ kb: 10, runs: 50 }, { kb: 100, runs: 15 }, { kb: 1000, runs: 5 }]

const [adapterPath, ...dirs] = process.argv.slice(2)
if (!adapterPath || !dirs.length) {
  console.error('usage: node bench/sweep.mjs ADAPTER.mjs ARTICLE_DIR [ARTICLE_DIR ...]')
  process.exit(2)
}

const articles = dirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')))

// Whole articles, cycled, until the text reaches `kb` KiB of UTF-16 code units.
function joinedText(kb) {
  const parts = []
  let length = 0
  for (let i = 0; length < kb * 1024; i++) {
    const article = articles[i % articles.length]
    parts.push(article)
    length += article.length + 2
  }
  return parts.join('\n\n')
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

const adapter = await import(pathToFileURL(resolve(adapterPath)).href)
await adapter.init()
const rows = []
for (const { kb, runs } of SIZES) {
  const text = joinedText(kb)
  adapter.analyze(text) // untimed: warms the JIT and grows the wasm memory once
  const times = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    adapter.analyze(text)
    times.push(performance.now() - t)
  }
  const ms = median(times)
  rows.push({ text: `${kb} KiB`, chars: text.length, runs, 'median ms': +ms.toFixed(1), 'chars/s': Math.round(text.length / (ms / 1000)) })
}
console.log(`${adapter.name ?? adapterPath}: ${articles.length} articles joined and repeated, median of the runs`)
console.table(rows)
