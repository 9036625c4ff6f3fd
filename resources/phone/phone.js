// The participant page: join with the code on the screen, follow the meeting live, send
// what the current part asks for. Nothing here is loaded from anywhere but the laptop.
// What was sent and not yet acknowledged is kept in this browser and sent again after
// a dropped connection; the laptop keeps each input once, by its id.
"use strict";

const $ = (id) => document.getElementById(id);
const PENDING_KEY = "workshop-app-pending";
let version = 0;
let events = null;
let state = null;

function show(section) {
  $("join").hidden = section !== "join";
  $("meeting").hidden = section !== "meeting";
}

function say(id, text) {
  $(id).textContent = text || "";
}

// --------------------------------------------------------------- the words
// The page is written in English; /api/strings gives its words in the room's language
// (only those that differ), and the state says which language that is.
let words = {};
let language = "";

function t(text, values) {
  let said = words[text] || text;
  for (const [name, value] of Object.entries(values || {})) {
    said = said.split("{" + name + "}").join(String(value));
  }
  return said;
}

async function loadWords() {
  try {
    const { status, data } = await api("GET", "/api/strings");
    if (status === 200 && data && typeof data.words === "object") {
      words = data.words;
      language = data.language || "en";
    }
  } catch (e) {
    /* unreachable: English until the next try */
  }
  document.querySelectorAll("[data-t]").forEach((element) => {
    if (!element.dataset.t) element.dataset.t = element.textContent.trim().replace(/\s+/g, " ");
    element.textContent = t(element.dataset.t);
  });
  document.documentElement.lang = language || "en";
  document.title = t("Join the meeting");
}

function newId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function api(method, path, body) {
  const options = { method, credentials: "same-origin", headers: {} };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try {
    data = await response.json();
  } catch (e) {
    data = {};
  }
  return { status: response.status, data };
}

// ------------------------------------------------------------------ joining
async function join(event) {
  event.preventDefault();
  say("join-problem", "");
  const code = $("code").value;
  if (!code.trim()) {
    say("join-problem", t("Type the code shown on the screen."));
    return;
  }
  try {
    const { status, data } = await api("POST", "/api/join", { code });
    if (status !== 200) {
      say("join-problem", data.error || t("Could not join. Try again."));
      return;
    }
    enter(data);
  } catch (e) {
    say("join-problem", t("Cannot reach the meeting. Are you on the room's Wi-Fi?"));
  }
}

function enter(data) {
  show("meeting");
  render(data);
  if ($("partner").value) sayPartner(); // a new session: say it again
  listen();
  resendPending();
}

// --------------------------------------------------------------- following
function listen() {
  if (events) events.close();
  events = new EventSource("/api/events?since=" + version);
  events.onopen = () => {
    say("connection", "");
    resendPending();
  };
  events.onmessage = (message) => {
    try {
      render(JSON.parse(message.data));
    } catch (e) {
      /* a broken message is skipped; the next one brings the whole state */
    }
  };
  events.onerror = async () => {
    say("connection", t("Connection lost: reconnecting…"));
    try {
      const { status, data } = await api("GET", "/api/state");
      if (status === 403) {
        events.close();
        events = null;
        show("join");
        say("connection", "");
        say("join-problem", t("The meeting has a new code, or it has closed. Join again."));
      } else if (status === 200) {
        render(data);
      }
    } catch (e) {
      /* still offline: EventSource keeps trying */
    }
  };
}

function render(data) {
  if (!data || typeof data !== "object") return;
  if (typeof data.version === "number") version = data.version;
  if (data.language && data.language !== language) loadWords(); // the room's changed
  if (data.open === false) {
    show("join");
    say("connection", "");
    say("join-problem", t("The meeting is not open to phones now."));
    if (events) events.close();
    events = null;
    return;
  }
  const previous = state && state.block ? state.block.id : null;
  state = data;
  const block = data.block;
  say("meeting-title", data.meeting);
  say("block-title", block ? block.title : data.meeting);
  say("block-prompt", block ? block.prompt : t("The meeting will start in a moment."));
  // A block may take a line of text, answers to questions, or both (a fact base: new
  // facts, and whether each is agreed).
  const inputs = block ? block.inputs || (block.input ? [block.input] : []) : [];
  const text = inputs.find((i) => i.type === "text");
  const rating = inputs.find((i) => i.type === "rating" && i.questions.length > 0);
  $("send-form").hidden = !text;
  $("rate").hidden = !rating;
  $("no-input").hidden = !!(text || rating) || !block;
  budget = null;
  if (rating) {
    say("rate-label", rating.label);
    renderPartners(rating.by_sector ? data.partners || [] : []);
    budget = typeof rating.budget === "number" ? { block: block.id, size: rating.budget } : null;
    renderQuestions(block.id, rating.questions, rating.scale);
  }
  showBudget();
  // Said before anyone types: what is sent now shows on the screen at once.
  $("live").hidden = !(text && text.live);
  $("later").hidden = !(text && text.later);
  if (text && text.later) {
    laterKind = text.later.kind;
    say("later", text.later.label);
  }
  if (text) {
    say("text-label", text.label);
    $("text").maxLength = text.max;
    renderKinds(text.kinds, previous === block.id);
    updateCount();
  }
  if (previous !== (block ? block.id : null)) {
    $("sent").replaceChildren();
    $("sent-title").hidden = true;
    say("send-problem", "");
  }
}

// ---------------------------------------------------------------- partners
const PARTNER_KEY = "workshop-app-partner";

function renderPartners(partners) {
  const select = $("partner");
  $("partner-box").hidden = partners.length === 0;
  const wanted = ["", ...partners.map((p) => p.id)];
  const shown = Array.from(select.options).map((o) => o.value);
  if (wanted.join("\n") === shown.join("\n")) return;
  let keep = select.value;
  try {
    keep = keep || sessionStorage.getItem(PARTNER_KEY) || "";
  } catch (e) {
    /* no storage: nothing remembered */
  }
  select.replaceChildren(select.options[0]);
  for (const partner of partners) {
    const option = document.createElement("option");
    option.value = partner.id;
    option.textContent = partner.name;
    select.append(option);
  }
  select.value = wanted.includes(keep) ? keep : "";
}

let partnerSaid = Promise.resolve(); // a vote waits until the organisation is said

function sayPartner() {
  partnerSaid = sendPartner();
  return partnerSaid;
}

async function sendPartner() {
  const partner = $("partner").value;
  try {
    sessionStorage.setItem(PARTNER_KEY, partner);
  } catch (e) {
    /* kept on screen only */
  }
  try {
    await api("POST", "/api/partner", { partner });
  } catch (e) {
    /* said again after the next join */
  }
}

// ----------------------------------------------------------------- ratings
const RATED_KEY = "workshop-app-rated";
let budget = null; // a dot vote: {block, size}

function showBudget() {
  $("budget").hidden = !budget;
  if (!budget) return;
  const mine = rated();
  const placed = Object.entries(mine)
    .filter(([key]) => key.startsWith(budget.block + "/"))
    .reduce((sum, [, value]) => sum + value, 0);
  say("budget", t("Dots to place: {size} · left: {left}", {
    size: budget.size,
    left: Math.max(0, budget.size - placed),
  }));
}

function rated() {
  try {
    return JSON.parse(sessionStorage.getItem(RATED_KEY) || "{}");
  } catch (e) {
    return {};
  }
}

function renderQuestions(blockId, questions, scale) {
  const box = $("questions");
  const mine = rated();
  box.replaceChildren();
  questions.forEach((question) => {
    const group = document.createElement("fieldset");
    group.className = "question";
    const legend = document.createElement("legend");
    legend.textContent = question.text;
    const row = document.createElement("div");
    // A numbered scale (1 to 5) is a row of numbers between its two ends; answers in
    // words (fist-to-five, gradients of agreement) are a list of buttons, one a line.
    const numbered = scale.every((step) => step.label.startsWith(String(step.value)));
    // Up to three short answers (agreed, disputed, needs data) fit side by side.
    const short = scale.length <= 3 && scale.every((step) => step.label.length <= 14);
    row.className = numbered ? "scale steps-" + scale.length : "scale words";
    if (short && !numbered) row.className = "scale steps-" + scale.length + " short";
    const status = document.createElement("p");
    status.className = "state small";
    status.setAttribute("aria-live", "polite");
    const key = blockId + "/" + question.key;
    scale.forEach((step) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "step";
      button.dataset.value = String(step.value);
      button.textContent = numbered ? String(step.value) : step.label;
      button.setAttribute("aria-label", step.label);
      button.setAttribute("aria-pressed", String(mine[key] === step.value));
      button.addEventListener("click", () => rate(key, question.key, step.value, row, status));
      row.append(button);
    });
    const said = scale.find((step) => step.value === mine[key]);
    if (said) status.textContent = "✔ " + t("Received: {what}", { what: said.label });
    group.append(legend, row);
    if (numbered) {
      const ends = document.createElement("p");
      ends.className = "ends small";
      const low = document.createElement("span");
      low.textContent = scale[0].label;
      const high = document.createElement("span");
      high.textContent = scale[scale.length - 1].label;
      ends.append(low, high);
      group.append(ends);
    }
    group.append(status);
    box.append(group);
  });
}

function press(row, value) {
  row.querySelectorAll("button").forEach((b) => {
    b.setAttribute("aria-pressed", String(Number(b.dataset.value) === value));
  });
}

async function rate(key, question, value, row, status) {
  say("send-problem", "");
  await partnerSaid;
  const before = rated()[key];
  press(row, value);
  status.textContent = t("Sending…");
  try {
    const { status: code, data } = await api("POST", "/api/submit", {
      id: newId(),
      question,
      value,
    });
    if (code === 200) {
      const mine = rated();
      mine[key] = value;
      try {
        sessionStorage.setItem(RATED_KEY, JSON.stringify(mine));
      } catch (e) {
        /* kept on screen only */
      }
      const chosen = row.querySelector('button[aria-pressed="true"]');
      status.textContent =
        "✔ " + t("Received: {what}", { what: chosen ? chosen.getAttribute("aria-label") : value });
      showBudget();
    } else {
      press(row, before); // the answer counted is still the one before
      status.textContent =
        before === undefined ? "✘ " + t("Not counted") : "✔ " + t("Still: {what}", { what: before });
      say("send-problem", data.error || t("Could not send that."));
    }
  } catch (e) {
    status.textContent = t("Not sent: tap again when the connection is back");
  }
}

function renderKinds(kinds, keepChoice) {
  const box = $("kind-choices");
  const chosen = keepChoice ? chosenKind() : null;
  $("kinds").hidden = kinds.length < 2;
  box.replaceChildren();
  kinds.forEach((k, n) => {
    const label = document.createElement("label");
    label.className = "choice";
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = "kind";
    radio.value = k.kind;
    radio.checked = chosen ? chosen === k.kind : n === 0;
    label.append(radio, document.createTextNode(k.label));
    box.append(label);
  });
}

function chosenKind() {
  const checked = document.querySelector('input[name="kind"]:checked');
  return checked ? checked.value : "";
}

// ----------------------------------------------------------------- sending
function pending() {
  try {
    return JSON.parse(localStorage.getItem(PENDING_KEY) || "[]");
  } catch (e) {
    return [];
  }
}

function keepPending(list) {
  try {
    localStorage.setItem(PENDING_KEY, JSON.stringify(list));
  } catch (e) {
    /* private browsing: kept in memory only for this page */
  }
}

function updateCount() {
  const max = $("text").maxLength;
  const left = max - $("text").value.length;
  say("count", left < 100 ? t("{n} characters left", { n: left }) : "");
}

let laterKind = "parking"; // the kind of a topic parked for later (from the state)

function sendLater() {
  send(null, laterKind);
}

async function send(event, kind) {
  if (event) event.preventDefault();
  say("send-problem", "");
  const text = $("text").value.trim();
  if (!text) {
    say("send-problem", t("Write something first."));
    return;
  }
  const input = { id: newId(), text, kind: kind || chosenKind() };
  const line = addSent(input);
  keepPending([...pending(), input]);
  $("text").value = "";
  updateCount();
  await deliver(input, line);
}

function addSent(input) {
  const item = document.createElement("li");
  const said = document.createElement("span");
  said.textContent =
    input.kind === laterKind ? t("For later: {text}", { text: input.text }) : input.text;
  const stateLine = document.createElement("span");
  stateLine.className = "state";
  stateLine.textContent = t("Sending…");
  item.append(said, stateLine);
  item.dataset.id = input.id;
  $("sent").prepend(item);
  $("sent-title").hidden = false;
  return stateLine;
}

async function deliver(input, line) {
  try {
    const { status, data } = await api("POST", "/api/submit", input);
    if (status === 200) {
      keepPending(pending().filter((p) => p.id !== input.id));
      if (line) line.textContent = "✔ " + t("Received");
      return;
    }
    if (status === 429 || status === 503) {
      if (line) line.textContent = t("Waiting to send again…");
      setTimeout(() => deliver(input, line), 5000);
      return;
    }
    keepPending(pending().filter((p) => p.id !== input.id));
    if (line) line.textContent = "✘ " + t("Not sent");
    say("send-problem", data.error || t("Could not send that."));
  } catch (e) {
    if (line) line.textContent = t("Not sent yet: will send when the connection is back");
  }
}

function resendPending() {
  for (const input of pending()) {
    const shown = document.querySelector('#sent li[data-id="' + input.id + '"] .state');
    deliver(input, shown);
  }
}

// ------------------------------------------------------------------ start
async function start() {
  $("join-form").addEventListener("submit", join);
  $("send-form").addEventListener("submit", send);
  $("later").addEventListener("click", sendLater);
  $("text").addEventListener("input", updateCount);
  $("partner").addEventListener("change", sayPartner);
  const code = new URLSearchParams(location.search).get("code");
  if (code) $("code").value = code;
  await loadWords();
  try {
    const { status, data } = await api("GET", "/api/state");
    if (status === 200) {
      enter(data);
      return;
    }
  } catch (e) {
    say("connection", t("Cannot reach the meeting. Are you on the room's Wi-Fi?"));
  }
  show("join");
  if (!code) $("code").focus();
}

window.addEventListener("online", resendPending);
document.addEventListener("DOMContentLoaded", start);
