// Paste any article and get cards at once: paragraphs become <p> elements (as text, never as
// markup) and the new article is mounted; the previous one is unmounted first.
import init, { mount } from "./pkg/embed.js";

await init({ load: "now" });

const form = document.querySelector("#paste-form");
const input = document.querySelector("#paste-text");
const output = document.querySelector("#pasted-article");
let mounted = null;

function render() {
  mounted?.unmount();
  mounted = null;
  output.replaceChildren();
  const paragraphs = input.value.split(/\n\s*\n|\r\n\s*\r\n/).map((p) => p.trim()).filter(Boolean);
  for (const text of paragraphs) {
    const p = document.createElement("p");
    p.textContent = text.replace(/\s*\n\s*/g, " ");
    output.append(p);
  }
  output.hidden = paragraphs.length === 0;
  if (paragraphs.length > 0) {
    mounted = mount(output);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  render();
});
// The button waits for the package, so an early click never submits the form to the server.
form.querySelector("button").disabled = false;
