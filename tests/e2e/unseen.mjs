// Pages the project has never seen: Wikinews articles that are not in the demo, each laid out in a
// different kind of markup, served through request interception and checked the same way.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, assertEqual, waitFor } from "./harness.mjs";

const articles = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "articles", "gum");

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraphs(name) {
  return readFileSync(join(articles, `gum_news_${name}.txt`), "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Every seventh word in a link and every eleventh emphasised, so names cross inline markup. */
function inlineMarkup(text) {
  return text.split(" ").map((word, i) => {
    if (i % 7 === 3) return `<a href="#w${i}">${escape(word)}</a>`;
    if (i % 11 === 5) return `<em>${escape(word)}</em>`;
    return escape(word);
  }).join(" ");
}

const layouts = {
  // Paragraphs as divs with line breaks, the way some CMS editors save them.
  divs: (paras) => paras.map((p) => `<div class="para">${escape(p).replace(/\. /, ".<br>")}</div>`).join("\n"),
  // Links and emphasis everywhere, a figure and a script inside the article.
  inline: (paras) => [
    `<h1>${escape(paras[0])}</h1>`,
    `<figure><figcaption>${escape(paras[1])}</figcaption></figure>`,
    `<script>window.__inlineScript = "Barack Obama said nothing";</script>`,
    ...paras.slice(2).map((p) => `<p>${inlineMarkup(p)}</p>`),
  ].join("\n"),
  // A live blog: entries as list items with times.
  liveblog: (paras) => `<ol>${paras.map((p, i) => `<li><time>${10 + i}:00</time> <span>${escape(p)}</span></li>`).join("\n")}</ol>`,
};

const cases = [
  ["iodine", "divs"],
  ["sensitive", "inline"],
  ["taxes", "liveblog"],
  ["nasa", "inline"],
];

function page(base, name, layout) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<style>body{font:17px/1.5 sans-serif;max-width:700px;margin:40px auto}</style></head>
<body><header><nav><a href="#">Home</a></nav></header>
<article data-whosaid>${layouts[layout](paragraphs(name))}</article>
<footer>Text: Wikinews, CC BY 2.5</footer>
<script type="module">
  import init, { analyze } from "${base}pkg/whosaid.js";
  const article = document.querySelector("[data-whosaid]");
  window.__textBefore = article.textContent;
  window.__nodeCount = article.querySelectorAll("*").length;
  await init();
  window.__people = analyze(article.innerText).people.length;
  window.__ready = true;
</script></body></html>`;
}

/** One test per case: loads, keeps the text, wraps names, opens a card inside the viewport. */
export function unseenPages(browser, base) {
  return cases.map(([name, layout]) => [`${name} as ${layout}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const url = `${base}unseen/${name}.html`;
    await context.route(url, (route) => route.fulfill({ contentType: "text/html", body: page(base, name, layout) }));
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    await tab.goto(url);
    await waitFor(() => tab.evaluate(() => window.__ready === true), 5000, "the widget initialises");
    const facts = await tab.evaluate(() => ({
      sameText: document.querySelector("[data-whosaid]").textContent === window.__textBefore,
      people: window.__people,
      mentions: document.querySelectorAll("[data-whosaid-person]").length,
      scriptWrapped: !!document.querySelector("script [data-whosaid-person]"),
    }));
    assert(facts.sameText, "the article's text is unchanged");
    assert(!facts.scriptWrapped, "script contents are never wrapped");
    assert(facts.people > 0 ? facts.mentions > 0 : facts.mentions === 0, `${facts.people} people but ${facts.mentions} mentions`);
    if (facts.mentions > 0) {
      const mention = tab.locator("[data-whosaid-person]:not([data-whosaid-continuation])").first();
      await mention.scrollIntoViewIfNeeded();
      await mention.hover();
      const dialog = tab.locator("whosaid-card [role=dialog]");
      await waitFor(() => dialog.isVisible(), 2000, "the card opens");
      const box = await dialog.boundingBox();
      assert(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1100 && box.y + box.height <= 800, "the card is inside the viewport");
      const label = await dialog.evaluate((d) => d.getRootNode().getElementById(d.getAttribute("aria-labelledby"))?.textContent ?? "");
      assert(label.trim().length > 0, "the card is labelled with a name");
    }
    assertEqual(errors, [], "uncaught page errors");
    await context.close();
  }]);
}
