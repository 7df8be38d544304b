// Reads `npm pack --dry-run --json` on stdin, lists the tarball's files and fails unless it holds
// every file named on the command line.
//   (cd pkg && npm pack --dry-run --json) | node scripts/check-pack.mjs whosaid.js whosaid_bg.wasm
import { readFileSync } from 'node:fs'

const [tarball] = JSON.parse(readFileSync(0, 'utf8'))
const packed = new Set(tarball.files.map((file) => file.path))
const missing = process.argv.slice(2).filter((path) => !packed.has(path))
if (missing.length) {
  console.error(`the npm package lacks: ${missing.join(', ')}`)
  process.exit(1)
}
console.log(`${tarball.id}, ${tarball.size} bytes packed: ${[...packed].join(', ')}`)
