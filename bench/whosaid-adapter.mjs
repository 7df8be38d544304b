// whosaid's wasm package (pkg/, from `wasm-pack build --target web`) behind the peers' benchmark
// harness (../shared/peers): `init()` instantiates the wasm from its bytes, since Node has no fetch
// of a file URL; `analyze(text)` returns the Analysis object.
//
// `initSync`, not the glue's async `init`: that one asks `typeof Request` to tell a URL from bytes,
// and in Node that loads Node's whole fetch implementation (undici), 7 MiB of resident memory that
// whosaid never uses (measured: Node 20, peak RSS delta on the sample ~22 -> ~15 MiB).
import { readFileSync } from 'node:fs'
import { initSync, analyze as analyzeWasm } from '../pkg/whosaid.js'

const pkgFile = (name) => new URL(`../pkg/${name}`, import.meta.url)

export const name = 'whosaid'
export const version = JSON.parse(readFileSync(pkgFile('package.json'), 'utf8')).version

export async function init() {
  initSync({ module: readFileSync(pkgFile('whosaid_bg.wasm')) })
}

export function analyze(text) {
  return analyzeWasm(text)
}
