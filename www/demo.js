// The embedding the README shows: load the package and let it mount every [data-whosaid] article.
import init, { cardsEnabled, enableCards } from "./pkg/whosaid.js";

await init();

// The site's own footer switch, for readers who turned name cards off from a card.
const footerSwitch = document.querySelector("[data-cards-switch]");
if (footerSwitch) {
  const refresh = () => { footerSwitch.hidden = cardsEnabled(); };
  footerSwitch.addEventListener("click", () => { enableCards(); refresh(); });
  document.addEventListener("click", () => setTimeout(refresh, 0), true);
  refresh();
}
