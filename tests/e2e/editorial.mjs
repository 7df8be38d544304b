// Editorial control (issue 10): a newsroom's edited analysis given to the page, in a
// <script type="application/json" data-whosaid-analysis> or as mount's `analysis` option, and the
// demo's editor page that makes one. The article is the newsroom's own; a line added above it
// moves every offset, so every entry is found again by its text.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, assertEqual, waitFor } from "./harness.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www", "pkg");

const PARAGRAPHS = [
  "Harbour Authority chair Mirela Costa said the new pier would open in the spring.",
  "\u201cWe have waited long enough for this,\u201d Costa told reporters on Tuesday.",
  "City councillor Tomas Brandt said the budget was \u201cfar from settled\u201d and asked for a review.",
  "Brandt added that residents should be consulted before any contract is signed.",
];
/** Added above the article after the analysis was made. */
const UPDATE_LINE = "Updated at 10:40 with the council\u2019s reply.";
const FIXED_ROLE = "Chair of the Harbour Authority";
const KEPT_QUOTE = "We have waited long enough for this";
const REMOVED_QUOTE = "the new pier would open in the spring";
const INVENTED_QUOTE = "The pier is already finished";

/** The CLI's analysis of the article, edited as a newsroom would: a person hidden (deleted), a
 *  role fixed, a quote removed, a kept quote's offsets made stale, a quote that is not in the text. */
async function editedAnalysis() {
  const { initSync, analyze } = await import(join(pkg, "whosaid.js"));
  initSync({ module: await readFile(join(pkg, "whosaid_bg.wasm")) });
  const analysis = analyze(PARAGRAPHS.join("\n\n"));
  const costa = analysis.people.find((p) => p.id === "mirela-costa");
  assert(costa && analysis.people.some((p) => p.id === "tomas-brandt"), "the core finds both people");
  analysis.people = [costa];
  costa.role = FIXED_ROLE;
  costa.quotes = costa.quotes.filter((q) => q.text !== REMOVED_QUOTE);
  const kept = costa.quotes.find((q) => q.text === KEPT_QUOTE);
  assert(kept, "the core finds the direct quote");
  [kept.start, kept.end] = [3, 9];
  costa.quotes.push({ kind: "direct", text: INVENTED_QUOTE, cue: "said", start: 0, end: 28 });
  return analysis;
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const articleHtml = () => [UPDATE_LINE, ...PARAGRAPHS].map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");

/** The article with its edited analysis in a script element `inside` it or right after it. */
function scriptTagPage(base, analysis, inside) {
  // `<` escaped, so no text in the JSON can close the script element.
  const json = JSON.stringify(analysis).replace(/</g, "\\u003c");
  const script = `<script type="application/json" data-whosaid-analysis>${json}</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>edited</title><link rel="icon" href="data:,"></head>
<body><main style="max-width:680px;margin:24px auto;font:18px/1.6 serif">
<article data-whosaid>${articleHtml()}${inside ? script : ""}</article>${inside ? "" : script}</main>
<script type="module">import init from "${base}pkg/whosaid.js"; await init(); window.__ready = true;</script></body></html>`;
}

function plainPage(base) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title><link rel="icon" href="data:,"></head>
<body><main style="max-width:680px;margin:24px auto"><article id="story">${articleHtml()}</article></main>
<script type="module">import * as whosaid from "${base}pkg/whosaid.js"; await whosaid.default(); window.whosaid = whosaid;</script></body></html>`;
}

/** A fresh tab on `html` served at `path`, collecting page errors and console warnings. */
async function open(browser, base, path, html) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const url = `${base}${path}`;
  if (html) {
    await context.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
  }
  const tab = await context.newPage();
  tab.errors = [];
  tab.warnings = [];
  tab.on("pageerror", (error) => tab.errors.push(error.message));
  tab.on("console", (message) => message.type() === "warning" && tab.warnings.push(message.text()));
  await tab.goto(url);
  return tab;
}

async function close(tab) {
  const errors = tab.errors;
  await tab.context().close();
  assertEqual(errors, [], "uncaught page errors");
}

/** Opens the card of `id`'s first mention and returns its text. */
async function cardText(tab, id) {
  const mention = tab.locator(`[data-whosaid-person="${id}"][tabindex="0"]`).first();
  await mention.hover();
  const dialog = tab.locator("whosaid-card [role=dialog]");
  await waitFor(() => dialog.isVisible(), 2000, "the card opens");
  return dialog.innerText();
}

/** The card shows the edited analysis: the fixed role and the kept quote, at its place in the text. */
async function assertEditedCard(tab) {
  const text = await cardText(tab, "mirela-costa");
  assert(text.includes(FIXED_ROLE), `the fixed role: ${text}`);
  assert(text.includes(KEPT_QUOTE), `the kept quote: ${text}`);
  assert(!text.includes(REMOVED_QUOTE), "the removed quote is not shown");
  assert(!text.includes(INVENTED_QUOTE), "a quote that is not in the article is not shown");
  const dialog = tab.locator("whosaid-card [role=dialog]");
  await dialog.locator(".jump").first().click();
  const highlighted = await waitFor(
    () => tab.evaluate(() => CSS.highlights.get("whosaid-passage")?.values().next().value?.toString() ?? null),
    1000,
    "a highlight",
  );
  assertEqual(highlighted, KEPT_QUOTE, "the quote whose offsets were stale is shown at its own words");
}

const MISMATCH = { person: "mirela-costa", kind: "direct", text: INVENTED_QUOTE, why: "not-in-text" };

export function editorialTests(browser, base) {
  return [
    ...[["inside", true], ["after", false]].map(([where, inside]) => [`an edited analysis in a script element ${where} the article is shown as edited; what is not in the text is reported`, async () => {
      const tab = await open(browser, base, `edited/script-${where}.html`, scriptTagPage(base, await editedAnalysis(), inside));
      await waitFor(() => tab.evaluate(() => window.__ready === true), 5000, "the widget initialises");
      const ids = await tab.evaluate(() => [...new Set([...document.querySelectorAll("[data-whosaid-person]")].map((e) => e.dataset.whosaidPerson))]);
      assertEqual(ids, ["mirela-costa"], "only the people the newsroom kept are marked");
      await assertEditedCard(tab);
      assertEqual(tab.warnings.length, 1, "one console warning");
      assert(tab.warnings[0].includes("not in this article"), tab.warnings[0]);
      await close(tab);
    }]),

    ["two articles, each followed by its own analysis, each get their own", async () => {
      const costaOnly = await editedAnalysis();
      const brandtOnly = { format: 1, people: [{ id: "tomas-brandt", name: "Tomas Brandt", mentions: [{ text: "Brandt" }] }] };
      const script = (analysis) => `<script type="application/json" data-whosaid-analysis>${JSON.stringify(analysis).replace(/</g, "\\u003c")}</script>`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two</title><link rel="icon" href="data:,"></head><body>
<article id="a" data-whosaid>${articleHtml()}</article>${script(costaOnly)}
<article id="b" data-whosaid>${articleHtml()}</article>${script(brandtOnly)}
<script type="module">import init from "${base}pkg/whosaid.js"; await init(); window.__ready = true;</script></body></html>`;
      const tab = await open(browser, base, "edited/two.html", html);
      await waitFor(() => tab.evaluate(() => window.__ready === true), 5000, "the widget initialises");
      const marked = await tab.evaluate(() => ["a", "b"].map((id) => [...new Set([...document.querySelectorAll(`#${id} [data-whosaid-person]`)].map((e) => e.dataset.whosaidPerson))]));
      assertEqual(marked, [["mirela-costa"], ["tomas-brandt"]], "each article shows its own analysis");
      await close(tab);
    }],

    ["mount's analysis option takes the object or its JSON, reports mismatches, and rejects a bad analysis", async () => {
      const analysis = await editedAnalysis();
      const tab = await open(browser, base, "edited/plain.html", plainPage(base));
      await waitFor(() => tab.evaluate(() => !!window.whosaid), 5000, "the package loads");
      const results = await tab.evaluate(async (edited) => {
        const { mount } = window.whosaid;
        const article = document.querySelector("#story");
        const before = article.innerHTML;
        const results = {};
        for (const [name, given] of [["json", JSON.stringify(edited)], ["object", edited]]) {
          const handle = mount(article, { analysis: given });
          results[name] = { people: handle.peopleCount, mismatches: handle.mismatches };
          handle.unmount();
        }
        try {
          mount(article, { analysis: { ...edited, format: 2 } });
        } catch (error) {
          results.error = error.message;
        }
        try {
          mount(article, { analysis: "{ not json" });
        } catch (error) {
          results.syntax = error.message;
        }
        results.untouched = article.innerHTML === before;
        mount(article, { analysis: edited });
        return results;
      }, analysis);
      for (const name of ["json", "object"]) {
        assertEqual(results[name], { people: 1, mismatches: [MISMATCH] }, `given as ${name}`);
      }
      assert(/format 2/.test(results.error ?? ""), `a wrong format is a clear error: ${results.error}`);
      assert(/whosaid: not an Analysis/.test(results.syntax ?? ""), `bad JSON is a clear error: ${results.syntax}`);
      assert(results.untouched, "a rejected analysis leaves the article untouched");
      await assertEditedCard(tab);
      await close(tab);
    }],

    ["the editor page: remove a person and a quote, fix a role, export; the export mounts as edited", async () => {
      const tab = await open(browser, base, "editor.html");
      await tab.getByLabel("Article text").fill(PARAGRAPHS.join("\n\n"));
      await tab.getByRole("button", { name: "Analyse" }).click();
      await tab.getByRole("button", { name: "Remove Tomas Brandt" }).click();
      const role = tab.getByRole("textbox", { name: "Role" });
      await role.fill(FIXED_ROLE);
      await role.press("Enter");
      await tab.getByRole("button", { name: "Remove quote 1 of Mirela Costa" }).click();
      const focused = await tab.evaluate(() => document.activeElement?.getAttribute("aria-label"));
      assertEqual(focused, "Remove quote 1 of Mirela Costa", "focus moves to the quote that took the removed one's place");
      const previewIds = await tab.evaluate(() => [...new Set([...document.querySelectorAll("#preview-article [data-whosaid-person]")].map((e) => e.dataset.whosaidPerson))]);
      assertEqual(previewIds, ["mirela-costa"], "the preview shows the edited analysis");
      const [download] = await Promise.all([
        tab.waitForEvent("download"),
        tab.getByRole("button", { name: "Download the analysis JSON" }).click(),
      ]);
      const exported = JSON.parse(await readFile(await download.path(), "utf8"));
      assertEqual(exported.people.map((p) => [p.id, p.role, p.quotes.map((q) => q.text)]),
        [["mirela-costa", FIXED_ROLE, [KEPT_QUOTE]]], "the exported analysis");

      // An analysis made elsewhere (the CLI's) is reviewed instead of a fresh one; a bad one is refused.
      const given = tab.getByRole("textbox", { name: /Analysis JSON to review/ });
      await given.fill(JSON.stringify(exported));
      await tab.getByRole("button", { name: "Analyse" }).click();
      assertEqual(await tab.locator(".review-person h3").allTextContents(), ["Mirela Costa"], "the given analysis is reviewed");
      await given.fill(JSON.stringify({ ...exported, format: 2 }));
      await tab.getByRole("button", { name: "Analyse" }).click();
      assert(/format 2/.test(await tab.getByRole("alert").textContent()), "a bad analysis is refused with its reason");
      await close(tab);

      const page = await open(browser, base, "edited/round-trip.html", plainPage(base));
      await waitFor(() => page.evaluate(() => !!window.whosaid), 5000, "the package loads");
      const mismatches = await page.evaluate(async (edited) => {
        return window.whosaid.mount(document.querySelector("#story"), { analysis: edited }).mismatches;
      }, exported);
      assertEqual(mismatches, [], "the export fits the article");
      await assertEditedCard(page);
      await close(page);
    }],
  ];
}
