// Widget benchmark in Chromium (not part of the test command):
//   - mounting the sample article after init(): first mount and median of repeated mounts, against
//     one frame (16 ms);
//   - layout shift caused by wrapping (CLS over the mount);
//   - card-open latency: from the pointer resting on a name to the card showing, less the open delay
//     (target: within 50 ms);
//   - a 1 MB article: total mount time (target: under 3 s) and the longest main-thread task
//     (target: none over 50 ms).
//
//   node bench/mount.mjs            (serves www/ itself; build the package first: scripts/build-package.sh)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serveDirectory } from "../tests/e2e/harness.mjs";
import { instrumentedPage, largeArticle, mountAndSettle } from "../tests/e2e/large-article.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const OPEN_DELAY = 300;
const REPEATS = 15;

/** The demo's sample article markup, without the auto-mount attribute. */
function sampleArticle() {
  const page = readFileSync(join(repo, "www", "index.html"), "utf8");
  return page.match(/<article data-whosaid>([\s\S]*?)<\/article>/)[1];
}

async function openBenchPage(browser, base, articleHtml) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const url = `${base}bench.html`;
  await context.route(url, (route) => route.fulfill({ contentType: "text/html", body: instrumentedPage(base, articleHtml) }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function sampleMount(browser, base) {
  const page = await openBenchPage(browser, base, sampleArticle());
  const result = await page.evaluate(async ({ repeats, openDelay }) => {
    const article = document.querySelector("#bench-article");
    const shiftBefore = window.__shift;
    const timeMount = () => {
      const started = performance.now();
      const handle = window.__mount(article, { openDelay, peopleList: false });
      return [performance.now() - started, handle];
    };
    const [first, handle] = timeMount();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const shift = window.__shift - shiftBefore;
    handle.unmount();
    const times = [];
    for (let i = 0; i < repeats; i += 1) {
      const [time, again] = timeMount();
      times.push(time);
      again.unmount();
    }
    const mounted = window.__mount(article, { openDelay, peopleList: false });
    window.__handle = mounted;
    return { first, times, shift, mentions: article.querySelectorAll("[data-whosaid-person]").length };
  }, { repeats: REPEATS, openDelay: OPEN_DELAY });
  const latencies = [];
  const names = page.locator("#bench-article [data-whosaid-person]:not([data-whosaid-continuation])");
  const count = Math.min(await names.count(), 5);
  for (let i = 0; i < count; i += 1) {
    latencies.push(await cardOpenLatency(page, names.nth(i)));
  }
  await page.context().close();
  return { ...result, latencies };
}

/** Milliseconds from the pointer arriving on `name` to the card showing, less the open delay. */
async function cardOpenLatency(page, name) {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  await name.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__arrived = null;
    window.__opened = null;
    // The card is created on its first opening, so watch for it as well as for it being shown.
    const shown = () => {
      const dialog = document.querySelector("whosaid-card")?.shadowRoot?.querySelector("[role=dialog]");
      if (window.__opened === null && dialog && !dialog.hidden) window.__opened = performance.now();
    };
    new MutationObserver(shown).observe(document.body, { childList: true });
    const host = document.querySelector("whosaid-card");
    if (host) new MutationObserver(shown).observe(host.shadowRoot, { attributes: true, subtree: true });
    document.addEventListener("pointerover", (e) => {
      if (window.__arrived === null && e.target.closest?.("[data-whosaid-person]")) window.__arrived = performance.now();
    }, { capture: true });
  });
  await name.hover();
  await page.waitForFunction(() => window.__opened !== null, null, { timeout: 3000 });
  return page.evaluate((delay) => window.__opened - window.__arrived - delay, OPEN_DELAY);
}

async function largeMount(browser, base) {
  const html = largeArticle(1_000_000);
  const page = await openBenchPage(browser, base, html);
  const result = await page.evaluate(mountAndSettle);
  await page.context().close();
  return result;
}

const server = await serveDirectory(join(repo, "www"));
const browser = await launchChromium();
const sample = await sampleMount(browser, server.url);
const large = await largeMount(browser, server.url);
await browser.close();
await server.close();

const ms = (value) => `${value.toFixed(1)} ms`;
console.log("sample article (www/index.html)");
console.log(`  mentions wrapped          ${sample.mentions}`);
console.log(`  first mount after init()  ${ms(sample.first)}   (target: one frame, 16 ms)`);
console.log(`  mount, median of ${REPEATS}      ${ms(median(sample.times))}`);
console.log(`  layout shift from wrapping ${sample.shift.toFixed(4)}   (target: 0)`);
console.log(`  card open after the delay  median ${ms(median(sample.latencies))}, max ${ms(Math.max(...sample.latencies))}   (target: within 50 ms)`);
console.log(`1 MB article (${large.chars.toLocaleString("en")} characters, ${large.mentions.toLocaleString("en")} mentions)`);
console.log(`  mounted in                ${ms(large.total)}   (target: under 3 s)`);
console.log(`  longest main-thread task  ${ms(large.longest)}   (target: under 50 ms)`);
