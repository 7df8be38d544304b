// whosaid's wasm package (pkg/, from `wasm-pack build --target web`) behind the peers' benchmark
// harness (../shared/peers): `await init()` instantiates the wasm from its bytes, since Node has no
// fetch of a file URL; `analyze(text)` returns the Analysis object.
import { readFileSync } from 'node:fs'
import initWasm, { analyze as analyzeWasm } from '../pkg/whosaid.js'

const pkgFile = (name) => new URL(`../pkg/${name}`, import.meta.url)

export const name = 'whosaid'
export const version = JSON.parse(readFileSync(pkgFile('package.json'), 'utf8')).version

export async function init() {
  await initWasm({ module_or_path: readFileSync(pkgFile('whosaid_bg.wasm')) })
}

export function analyze(text) {
  return analyzeWasm(text)
}
