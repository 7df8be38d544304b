// The newsroom's editor: analyse a pasted article, review each person's card (remove a person or a
// quote, fix a role), preview the article with the edited analysis and export it as JSON, the file
// a page gives `mount(el, { analysis })` or a <script type="application/json" data-whosaid-analysis>.
import init, { analyze, mount } from "./pkg/whosaid.js";

await init();

const form = document.querySelector("#editor-form");
const input = document.querySelector("#editor-text");
const given = document.querySelector("#editor-json");
const formStatus = document.querySelector("#form-status");
const review = document.querySelector("#review");
const peopleList = document.querySelector("#people");
const status = document.querySelector("#editor-status");
const exported = document.querySelector("#export-json");
const preview = document.querySelector("#preview-article");

/** The article as the preview shows it, and the analysis being edited. */
let text = "";
let analysis = null;
let mounted = null;

/** Paragraphs as the page will hold them: one <p> each, read back joined by blank lines. */
function paragraphsOf(value) {
  return value.split(/\r?\n\s*\r?\n/).map((p) => p.trim().replace(/\s*\r?\n\s*/g, " ")).filter(Boolean);
}

function analyse() {
  text = paragraphsOf(input.value).join("\n\n");
  try {
    analysis = given.value.trim() ? JSON.parse(given.value) : analyze(text);
    update(`${analysis.people.length} people found.`);
  } catch (error) {
    review.hidden = true;
    formStatus.textContent = `This analysis cannot be used: ${error.message}`;
    return;
  }
  formStatus.textContent = "";
  review.hidden = false;
  renderPeople();
}

/** Shows the edited analysis everywhere: the preview, the JSON and the status line. */
function update(message) {
  mounted?.unmount();
  preview.replaceChildren(...text.split("\n\n").map((paragraph) => {
    const p = document.createElement("p");
    p.textContent = paragraph;
    return p;
  }));
  mounted = mount(preview, { analysis });
  exported.value = JSON.stringify(analysis, null, 2);
  const lost = mounted.mismatches.length;
  status.textContent = lost === 0 ? message : `${message} ${lost} quotes or names are not in the article and are not shown.`;
}

function button(label, accessibleName, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.setAttribute("aria-label", accessibleName);
  element.addEventListener("click", onClick);
  return element;
}

function renderPeople() {
  peopleList.replaceChildren(...analysis.people.map(personItem));
  if (analysis.people.length === 0) {
    const none = document.createElement("li");
    none.textContent = "Nobody to review.";
    peopleList.append(none);
  }
}

function personItem(person, index) {
  const item = document.createElement("li");
  item.className = "review-person";
  item.dataset.person = person.id;
  const heading = document.createElement("h3");
  heading.textContent = person.name;
  heading.id = `review-${index}`;
  const roleId = `role-${index}`;
  const label = document.createElement("label");
  label.htmlFor = roleId;
  label.textContent = "Role";
  const role = document.createElement("input");
  role.id = roleId;
  role.value = person.role ?? "";
  role.addEventListener("change", () => {
    person.role = role.value.trim() || null;
    update(`Role of ${person.name} set to ${person.role ?? "none"}.`);
  });
  const remove = button("Remove person", `Remove ${person.name}`, () => {
    analysis.people.splice(index, 1);
    renderPeople();
    update(`Removed ${person.name}.`);
    focusAfterRemoval(peopleList.querySelectorAll(".review-person > .remove-person"), index);
  });
  remove.className = "remove-person";
  item.append(heading, label, role, remove, quoteList(person));
  return item;
}

function quoteList(person) {
  if (person.quotes.length === 0) {
    const none = document.createElement("p");
    none.className = "hint";
    none.textContent = "No quotes.";
    return none;
  }
  const list = document.createElement("ol");
  list.className = "review-quotes";
  person.quotes.forEach((quote, index) => {
    const item = document.createElement("li");
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = quote.kind === "direct" ? "Quote" : "Reported";
    const words = document.createElement(quote.kind === "direct" ? "q" : "span");
    words.textContent = quote.text;
    const remove = button("Remove", `Remove quote ${index + 1} of ${person.name}`, () => {
      person.quotes.splice(index, 1);
      const personIndex = analysis.people.indexOf(person);
      renderPeople();
      update(`Removed a quote of ${person.name}.`);
      const item = peopleList.children[personIndex];
      focusAfterRemoval(item.querySelectorAll(".review-quotes button"), index, item.querySelector(".remove-person"));
    });
    item.append(kind, " ", words, " ", remove);
    list.append(item);
  });
  return list;
}

/** Keeps keyboard focus near what was removed: the control that took its place, or the one before. */
function focusAfterRemoval(controls, index, fallback = document.querySelector("#review-heading")) {
  const next = controls[Math.min(index, controls.length - 1)];
  (next ?? fallback)?.focus();
}

document.querySelector("#export").addEventListener("click", () => {
  const blob = new Blob([exported.value], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "analysis.json";
  link.click();
  URL.revokeObjectURL(link.href);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  analyse();
});
// The button waits for the package, so an early click never submits the form to the server.
form.querySelector("button").disabled = false;
