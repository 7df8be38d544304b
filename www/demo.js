// The embedding the README shows: load the package off the critical path and let it mount every
// [data-whosaid] article. A page that cannot run it (its policy blocks WebAssembly) keeps working:
// init() has logged why, and the article stays as it was.
import init, { cardsEnabled, enableCards } from "./pkg/embed.js";

init().then(showFooterSwitch, () => {});

// The site's own footer switch, for readers who turned name cards off from a card.
function showFooterSwitch() {
  const footerSwitch = document.querySelector("[data-cards-switch]");
  if (!footerSwitch) return;
  const refresh = () => { footerSwitch.hidden = cardsEnabled(); };
  footerSwitch.addEventListener("click", () => { enableCards(); refresh(); });
  document.addEventListener("click", () => setTimeout(refresh, 0), true);
  refresh();
}
