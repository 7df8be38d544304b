// whosaid's entry for web pages (copied into pkg/ by scripts/build-package.sh). It wraps the
// generated loader, whosaid.js, in two ways:
//   - the wasm is fetched and compiled off the page's critical path: after the page has loaded and
//     the browser is idle, or at the reader's first interaction, whichever comes first;
//   - a page that cannot run it (a Content-Security-Policy without 'wasm-unsafe-eval', a missing
//     or blocked .wasm) gets one console message and a rejected promise whose error names the fix;
//     nothing has touched the page then, as only the loaded module mounts articles.
import load from "./whosaid.js";

export * from "./whosaid.js";

const FIRST_INTERACTIONS = ["pointerdown", "pointermove", "keydown", "touchstart", "wheel", "scroll"];
/** The longest the idle wait may take once the page has loaded. */
const IDLE_TIMEOUT_MS = 2000;

let started = null;

/** Loads whosaid and mounts every [data-whosaid] element. `load: "now"` skips the idle wait;
 *  `module_or_path` is where the .wasm is (default: beside this file). */
export default function init(options = {}) {
  started ??= whenIdle(options.load).then(() => start(options.module_or_path ?? new URL("whosaid_bg.wasm", import.meta.url)));
  return started;
}

function whenIdle(mode) {
  if (mode === "now" || typeof window === "undefined") {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      for (const type of FIRST_INTERACTIONS) removeEventListener(type, done, true);
      resolve();
    };
    for (const type of FIRST_INTERACTIONS) addEventListener(type, done, { capture: true, passive: true, once: true });
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(done, 1));
    if (document.readyState === "complete") idle();
    else addEventListener("load", idle, { once: true });
  });
}

async function start(source) {
  const fetchable = typeof source === "string" || source instanceof URL;
  const input = fetchable ? await fetchWasm(source) : source;
  try {
    return await load({ module_or_path: input });
  } catch (error) {
    if (/Content.Security.Policy|unsafe-eval/i.test(String(error?.message))) {
      throw failure("this page's Content-Security-Policy does not allow WebAssembly. Add 'wasm-unsafe-eval' to its script-src, for example: script-src 'self' 'wasm-unsafe-eval'", error);
    }
    throw failure(`could not start whosaid_bg.wasm (${error?.message ?? error}). Serve the whosaid_bg.wasm built with this whosaid.js, as application/wasm`, error);
  }
}

async function fetchWasm(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw failure(`could not fetch ${url} (${error?.message ?? error}). Serve pkg/whosaid_bg.wasm beside whosaid.js, and allow its origin in connect-src if the page sends a Content-Security-Policy`, error);
  }
  if (!response.ok) {
    throw failure(`${url} answered HTTP ${response.status}. Serve pkg/whosaid_bg.wasm beside whosaid.js, or pass its URL: init({ module_or_path })`);
  }
  return response;
}

let reported = false;

/** The error init() rejects with, logged once per page. */
function failure(message, cause) {
  const error = new Error(`whosaid: ${message}. The page was left unchanged.`, { cause });
  if (!reported) {
    reported = true;
    console.error(error.message);
  }
  return error;
}
