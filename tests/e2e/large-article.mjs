// A long article for the large-article checks: the Wikinews articles' paragraphs, repeated under
// numbered update headings until the markup reaches the requested size.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const articles = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "articles", "gum");
const NAMES = ["clock", "afghan", "warming", "iodine", "nasa", "sensitive", "taxes", "warhol"];

/** About `bytes` of article markup (paragraphs escaped as text). */
export function largeArticle(bytes) {
  const paragraphs = NAMES.flatMap((name) => readFileSync(join(articles, `gum_news_${name}.txt`), "utf8").split(/\n\s*\n/).filter((p) => p.trim()));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const text = paragraphs[i % paragraphs.length].replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const part = i % paragraphs.length === 0 ? `<h2>Update ${i / paragraphs.length + 1}</h2><p>${text}</p>` : `<p>${text}</p>`;
    parts.push(part);
    size += part.length;
  }
  return parts.join("\n");
}

/** A page with `articleHtml` in `#bench-article`, the package loaded, and long tasks and layout
 *  shifts recorded in `window.__longTasks` and `window.__shift`. */
export function instrumentedPage(base, articleHtml) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>whosaid measurement</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}site.css"></head><body><main style="max-width:680px;margin:24px auto">
<article id="bench-article">${articleHtml}</article></main>
<script type="module">
  import init, { mount } from "${base}pkg/whosaid.js";
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  await init();
  window.__mount = mount;
  window.__ready = true;
</script></body></html>`;
}

/** Mounts `#bench-article` and waits until its mention count stops growing (a long article is
 *  wrapped in slices); returns the time taken and the longest main-thread task meanwhile.
 *  Runs in the page. */
export async function mountAndSettle() {
  const article = document.querySelector("#bench-article");
  const started = performance.now();
  window.__mount(article, { peopleList: false });
  let last = -1;
  let stable = 0;
  let settledAt = started;
  while (stable < 5) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const count = article.querySelectorAll("[data-whosaid-person]").length;
    if (count !== last || count === 0) {
      settledAt = performance.now();
      stable = 0;
    } else {
      stable += 1;
    }
    last = count;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  const longest = Math.max(0, ...window.__longTasks.filter((task) => task.start >= started - 1).map((task) => task.duration));
  return { total: settledAt - started, longest, mentions: last, chars: article.textContent.length };
}
