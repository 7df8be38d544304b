// How the package loads on a page: off the critical path, and when a page's policy blocks it, one
// clear message, a rejected init() that names the fix, and the article left exactly as it was.
import { assert, assertEqual, waitFor } from "./harness.mjs";

/** A policy a site might send that forgets WebAssembly. */
const CSP_WITHOUT_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Opens the demo with `prepare(context)` applied, and returns what a failed load left behind. */
async function failedLoad(browser, base, prepare) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__before = document.querySelector("[data-whosaid]").innerHTML;
    });
  });
  await prepare(context);
  const page = await context.newPage();
  const messages = [];
  const errors = [];
  page.on("console", (message) => message.text().startsWith("whosaid:") && messages.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL("index.html", base).href);
  const rejection = await page.evaluate(() => import("./pkg/embed.js").then((m) => m.default()).then(() => null, (e) => e.message));
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => ({
    same: document.querySelector("[data-whosaid]").innerHTML === window.__before,
    added: document.querySelectorAll("[data-whosaid-person], whosaid-people, whosaid-card").length,
  }));
  await context.close();
  return { rejection, messages, errors, after };
}

function assertUntouched({ messages, errors, after }) {
  assertEqual(messages.length, 1, "one console message");
  assertEqual(errors, [], "no uncaught errors");
  assert(after.same, "the article's markup is unchanged");
  assertEqual(after.added, 0, "nothing was added to the page");
}

export function loadingTests(browser, base) {
  return [
    ["a Content-Security-Policy without 'wasm-unsafe-eval': init() rejects naming the fix; the page is untouched", async () => {
      const outcome = await failedLoad(browser, base, (context) => context.route(new URL("index.html", base).href, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP_WITHOUT_WASM } });
      }));
      assert(outcome.rejection?.includes("script-src 'self' 'wasm-unsafe-eval'"), `the error names the fix: ${outcome.rejection}`);
      assertEqual(outcome.messages[0], outcome.rejection, "the message logged is the error");
      assertUntouched(outcome);
    }],

    ["a missing .wasm: init() rejects naming the file and the fix; the page is untouched", async () => {
      const outcome = await failedLoad(browser, base, (context) => context.route("**/whosaid_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" })));
      assert(/whosaid_bg\.wasm answered HTTP 404\. Serve pkg\/whosaid_bg\.wasm beside whosaid\.js/.test(outcome.rejection ?? ""), `the error names the fix: ${outcome.rejection}`);
      assertUntouched(outcome);
    }],

    ["the wasm is fetched after the page has loaded, not on its critical path", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL("index.html", base).href);
      await page.waitForSelector("[data-whosaid-person]", { timeout: 5000 });
      const timing = await page.evaluate(() => ({
        loaded: performance.getEntriesByType("navigation")[0].loadEventEnd,
        wasm: performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("whosaid_bg.wasm"))?.startTime,
      }));
      await context.close();
      assert(timing.wasm !== undefined, "the wasm was fetched");
      assert(timing.wasm >= timing.loaded, `the wasm was requested at ${timing.wasm.toFixed(0)} ms, the page loaded at ${timing.loaded.toFixed(0)} ms`);
    }],

    ["a first interaction loads it at once, before the page is idle", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Keep the page busy after load, so only the interaction can start the load in time.
      await context.addInitScript(() => addEventListener("load", () => {
        const until = performance.now() + 60_000;
        const spin = () => { const stop = performance.now() + 40; while (performance.now() < stop); if (performance.now() < until) setTimeout(spin, 0); };
        spin();
      }));
      await page.goto(new URL("index.html", base).href);
      await page.mouse.move(200, 200);
      await page.mouse.move(220, 220);
      await waitFor(() => page.locator("[data-whosaid-person]").count(), 1500, "the names are wrapped soon after the interaction, before the idle timeout (2 s)");
      await context.close();
    }],
  ];
}
