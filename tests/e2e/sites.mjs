// Pages written to the markup of real news sites (our own invented text in their structure:
// bylines, datelines, captions with credits, pull quotes, related and promo boxes, linked names,
// soft hyphens, a live blog, a quirks-mode page under a consent banner). Each is served from
// tests/e2e/sites/ beside the demo, and loads the package the way the demo does.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, assertEqual, waitFor } from "./harness.mjs";

const sites = join(dirname(fileURLToPath(import.meta.url)), "sites");

/** Who gets a card on each page, and the staff, credited and promo-only names that must not. */
const PAGES = {
  ledger: { people: ["Marchetti", "Brandvold", "Quade"], never: ["Ashdale", "Keltner", "Varga"] },
  courier: { people: ["Pemberton", "Ossei", "Okoro"], never: ["Calloway", "Olsen", "Fitch", "Harrowgate"] },
  broadcaster: { people: ["Pellow", "Trelawney"], never: ["Lindqvist", "Emsley", "Ashby"] },
  wire: { people: ["Ferrage", "Solberg"], never: ["Quillfeather", "Mbeki", "Delacroix", "Haugland", "Vanhoutte"] },
  capital: { people: ["Kettleby", "Achterberg"], never: ["Vanterpool", "Pellerin"] },
  live: { people: ["Halvorsen", "Abara"], never: ["Okonjo", "Drummond"] },
  tribune: { people: ["Quince", "Marchbanks"], never: ["Hollow"] },
};

/** Opens one site page (served from tests/e2e/sites) in a fresh context. */
async function openSite(browser, base, name, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, ...contextOptions });
  await context.route(new URL(`sites/${name}.html`, base).href, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: readFileSync(join(sites, `${name}.html`), "utf8") }));
  await context.route("https://example.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>elsewhere</title>" }));
  await context.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__textBefore = document.querySelector("[data-whosaid]")?.textContent;
    });
  });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  await page.goto(new URL(`sites/${name}.html`, base).href);
  await page.waitForSelector("[data-whosaid-person]", { timeout: 5000 });
  return page;
}

async function closeSite(page) {
  const errors = page.errors;
  await page.context().close();
  assertEqual(errors, [], "uncaught page errors");
}

/** The surname each wrapped name shows, soft hyphens taken out. */
const wrappedText = (page) => page.evaluate(() =>
  [...document.querySelectorAll("[data-whosaid-person]")].map((e) => e.textContent.replace(/\u00ad/g, "")).join(" | "));

const card = (page) => page.locator("whosaid-card [role=dialog]");

function cardsTest(browser, base, name, { people, never }) {
  return [`${name}: cards for the people quoted, none for staff, credits or promos`, async () => {
    const page = await openSite(browser, base, name);
    const wrapped = await wrappedText(page);
    for (const person of people) assert(wrapped.includes(person), `${person} has a card (wrapped: ${wrapped})`);
    for (const staff of never) assert(!wrapped.includes(staff), `${staff} has no card (wrapped: ${wrapped})`);
    const same = await page.evaluate(() => document.querySelector("[data-whosaid]").textContent === window.__textBefore);
    assert(same, "the article's text is unchanged");
    await closeSite(page);
  }];
}

export function siteTests(browser, base) {
  return [
    ...Object.entries(PAGES).map(([name, expected]) => cardsTest(browser, base, name, expected)),

    ["headlines and captions mark people the body quotes but create no one", async () => {
      const page = await openSite(browser, base, "courier");
      const headline = await page.evaluate(() => [...document.querySelectorAll("h1 [data-whosaid-person]")].map((e) => e.textContent));
      assertEqual(headline, ["Pemberton"], "the headline's known name is marked");
      const caption = await page.evaluate(() => [...document.querySelectorAll("figcaption [data-whosaid-person]")].map((e) => e.textContent));
      assertEqual(caption, ["Pemberton"], "so is the caption's, and not its photographer");
      await closeSite(page);
    }],

    ["a soft hyphen inside a name keeps the name whole", async () => {
      const page = await openSite(browser, base, "capital");
      const names = await page.evaluate(() => [...document.querySelectorAll("[data-whosaid-person]")].map((e) => e.textContent.replace(/\u00ad/g, "")));
      assert(names.includes("Ambrose Kettleby"), `Ambrose Kettle\u00adby is one name: ${names.join(" | ")}`);
      await closeSite(page);
    }],

    ["touch: the first tap on a linked name opens its card, which offers the link; a second tap follows it", async () => {
      const page = await openSite(browser, base, "ledger", { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
      const name = page.locator("[data-whosaid] a[href*='odile-marchetti']");
      const href = await name.getAttribute("href");
      const url = page.url();
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await waitFor(() => card(page).isVisible(), 1000, "the tap opens the card");
      assertEqual(page.url(), url, "the first tap did not follow the link");
      assertEqual(await card(page).locator(".link").getAttribute("href"), href, "the card offers the link");
      await name.tap();
      await waitFor(() => page.url() === href, 3000, "the second tap follows the link");
      await closeSite(page);
    }],

    ["touch: the card's link follows the name's link", async () => {
      const page = await openSite(browser, base, "capital", { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
      const name = page.locator("[data-whosaid] a[href*='ambrose-kettleby']");
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await waitFor(() => card(page).isVisible(), 1000, "the tap opens the card");
      await card(page).locator(".link").tap();
      await waitFor(() => page.url().includes("ambrose-kettleby"), 3000, "the card's link goes where the name's link goes");
      await closeSite(page);
    }],

    ["keyboard: one Tab stop per person across the page; Escape closes the card", async () => {
      const page = await openSite(browser, base, "ledger");
      const seen = [];
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const active = document.activeElement;
          const mention = active?.closest("[data-whosaid-person]") ?? active?.querySelector?.("[data-whosaid-person]");
          return { person: mention?.dataset.whosaidPerson ?? null, left: !document.querySelector("[data-whosaid]").contains(active) };
        });
        if (focus.person) seen.push(focus.person);
        if (focus.left && seen.length > 0) break;
      }
      assertEqual(seen.length, new Set(seen).size, `each person is one stop: ${seen.join(", ")}`);
      assert(seen.length >= 3, `every quoted person is reachable: ${seen.join(", ")}`);
      const stop = page.locator("[data-whosaid-person][tabindex='0']").first();
      await stop.focus();
      await waitFor(() => card(page).isVisible(), 1000, "focus opens the card");
      await page.keyboard.press("Escape");
      assert(!(await card(page).isVisible()), "Escape closes the card");
      await closeSite(page);
    }],

    ["quirks mode: the card stays in the viewport and above a fixed banner at the top z-index", async () => {
      const page = await openSite(browser, base, "tribune", { viewport: { width: 900, height: 600 } });
      assertEqual(await page.evaluate(() => document.compatMode), "BackCompat", "the page is in quirks mode");
      for (const surname of ["Quince", "Marchbanks"]) {
        const name = page.locator("[data-whosaid-person]", { hasText: surname }).first();
        await name.hover();
        await waitFor(() => card(page).isVisible(), 2000, `${surname}'s card opens`);
        const placed = await card(page).evaluate((dialog) => {
          const box = dialog.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return { box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, onTop: top?.tagName, inner: innerHeight };
        });
        assert(placed.box.top >= 0 && placed.box.bottom <= placed.inner && placed.box.right <= 900, `inside the viewport: ${JSON.stringify(placed.box)}`);
        assertEqual(placed.onTop, "WHOSAID-CARD", "the card is above the banner");
        await page.mouse.move(5, 5);
        await waitFor(async () => !(await card(page).isVisible()), 2000, "the card closes");
      }
      await page.screenshot({ path: "/tmp/whosaid-quirks.png" });
      await closeSite(page);
    }],

    ["a live blog: a post added later gets its cards", async () => {
      const page = await openSite(browser, base, "live");
      await page.evaluate(() => {
        const post = document.createElement("li");
        post.className = "post";
        post.innerHTML = "<article><header><time>00:12</time></header><p id=late>Halvorsen thanked her volunteers again.</p></article>";
        document.querySelector(".posts").prepend(post);
      });
      await waitFor(() => page.locator("#late [data-whosaid-person]").count(), 2000, "the new post's name is wrapped");
      await closeSite(page);
    }],
  ];
}
