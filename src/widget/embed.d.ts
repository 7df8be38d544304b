export * from "./whosaid.js";

/** Options for `init`. */
export interface InitOptions {
  /** `"idle"` (default): load once the page has loaded and the browser is idle, or at the reader's
   *  first interaction; `"now"`: load at once. */
  load?: "idle" | "now";
  /** Where `whosaid_bg.wasm` is (a URL, a `Response`, the bytes or a `WebAssembly.Module`);
   *  default: beside this file. */
  module_or_path?: string | URL | Response | BufferSource | WebAssembly.Module;
}

/** Loads whosaid off the critical path and mounts every `[data-whosaid]` element. Rejects, after one
 *  console message and without touching the page, when the page cannot run it; the error names
 *  the fix (a Content-Security-Policy without 'wasm-unsafe-eval', a missing .wasm). */
export default function init(options?: InitOptions): Promise<unknown>;
