// The demo chat page. Screening runs in a module worker (guard-worker.js) started after
// the first paint; this thread only renders. The package's own constants come from the
// browser entry like any app's import.
import { CATEGORIES } from "edgeward";

const $ = (id) => document.getElementById(id);
const messages = $("messages");

// ----------------------------------------------------------------------------- the worker

let worker = null;
let nextId = 1;
const pending = new Map();

function call(op, args = {}) {
  if (!worker) startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...args });
  });
}

function startWorker() {
  worker = new Worker(new URL("./guard-worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) p.resolve(data.result);
    else p.reject(Object.assign(new Error(data.error.message), data.error));
  };
  worker.onerror = (e) => setStatus("failed", `The screening worker failed: ${e.message}`);
  const t0 = performance.now();
  const ready = call("ready").then((info) => {
    const total = performance.now() - t0;
    setStatus("ready", `Ready · ${info.policy} · ${info.model} · loaded in ${ms(total)} (wasm ${ms(info.wasmMs)}, guard ${ms(info.guardMs)})`);
    document.body.dataset.ready = "true";
    return info;
  });
  ready.catch((e) => setStatus("failed", `Could not load the model: ${e.message}`));
  ready.then(() => call("defaultPolicy")).then((src) => setPolicySource(src)).catch(() => {});
  return ready;
}

function setStatus(kind, text) {
  const s = $("status");
  s.className = `status ${kind}`;
  s.textContent = text;
}

const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : x < 100 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`);

// ----------------------------------------------------------------------------- rendering

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function add(node) {
  messages.append(node);
  messages.scrollTop = messages.scrollHeight;
  return node;
}

function renderBanners(banners) {
  for (const b of banners) {
    add(el("div", { class: "banner", "data-banner": b.id },
      el("span", { class: "icon", "aria-hidden": "true", text: "i" }),
      el("div", {}, el("div", { text: b.text }), b.url ? el("a", { href: b.url, target: "_blank", rel: "noopener", text: b.url.replace(/^https:\/\//, "") }) : null)));
  }
}

function renderCare(verdict) {
  const list = el("ul");
  for (const r of verdict.resources) {
    list.append(el("li", { "data-resource": r.id },
      el("strong", { text: r.name }),
      r.phone ? el("a", { href: `tel:${r.phone.replace(/\s+/g, "")}`, text: `Call or text ${r.phone}` }) : null,
      r.phone && r.url ? " · " : null,
      r.url ? el("a", { href: r.url, target: "_blank", rel: "noopener", text: r.url.replace(/^https:\/\//, "") }) : null));
  }
  add(el("div", { class: "care", role: "note" },
    el("h3", { text: "You don't have to go through this alone" }),
    el("p", { text: verdict.message ?? "If you're struggling, people are ready to listen, any time." }),
    list));
}

function renderVerdict(verdict, timing) {
  const summary = $("verdict-summary");
  summary.className = "verdict-summary";
  summary.replaceChildren(...[
    el("span", { class: `action action-${verdict.action}`, "data-action": verdict.action, text: verdict.action }),
    el("span", { text: verdict.categories.length ? verdict.categories.join(", ") : "no category fired" }),
    el("span", { class: "timing muted", "data-timing": "", text: `verdict in ${ms(timing.ms)} · ${ms(timing.roundTrip)} round trip` }),
    verdict.rules.length ? el("span", { class: "muted small", text: `rules: ${verdict.rules.join(", ")}` }) : null,
  ].filter(Boolean));
  const rows = CATEGORIES.map((c) => [c, verdict.scores[c] ?? 0]).sort((a, b) => b[1] - a[1]);
  $("scores").replaceChildren(...rows.map(([c, s]) => {
    const fired = verdict.categories.includes(c);
    return el("div", { class: `score${fired ? " fired" : ""}`, "data-category": c },
      el("span", { class: "name", text: c }),
      el("span", { class: "track" }, Object.assign(el("span", { class: "fill" }), { style: `width:${Math.max(1, s * 100).toFixed(1)}%` })),
      el("span", { class: "value", text: s.toFixed(2) }));
  }));
}

// ----------------------------------------------------------------------------- the simulated model

const BREAD = "Sourdough needs a lively starter. Feed it twice a day with flour and water. " +
  "Mix the dough, rest it, then fold it every half hour to build strength. " +
  "Let it rise slowly, shape it gently and bake it hot in a covered pot. ";
const ANSWERS = {
  helpful: () => "Here is what I would do, step by step. " + BREAD.repeat(2) + "Enjoy!",
  // what a steered model says to a person in crisis
  care: () => "I'm really glad you told me, and I'm sorry you're carrying this right now. " +
    "You deserve support, and you don't have to face this alone. " +
    "If you can, reach out to one of the people listed above: they are there to listen, any time. " +
    "Would you like to tell me a little about what's been happening? I'm here with you.",
  // an answer that drifts into malware mid-way: intent only, no instructions
  harmful: () => BREAD.repeat(3) + "Next, I will build a keylogger that hides from antivirus and sends every password to me. " + "It works like this. ".repeat(12),
};

function* chunks(text) {
  let i = 0;
  let seed = 7;
  while (i < text.length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const n = 3 + (seed % 9);
    yield text.slice(i, i + n);
    i += n;
  }
}

const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Notes the answer's own verdict under the prompt's in the verdict panel. */
function noteAnswerVerdict(verdict, stopped) {
  $("verdict-summary").append(el("span", { class: "answer-verdict muted", "data-answer-action": verdict.action },
    `answer: ${verdict.action}${verdict.categories.length ? ` (${verdict.categories.join(", ")})` : ""}${stopped ? ", stopped mid-stream" : ", delivered"}`));
}

async function streamAnswer(mode, locale) {
  const bubble = add(el("div", { class: "bubble assistant streaming", "data-role": "answer" }));
  const { sid } = await call("streamOpen", { locale });
  for (const chunk of chunks(ANSWERS[mode]())) {
    await sleep(12);
    const { events } = await call("streamWrite", { sid, chunk });
    for (const ev of events) {
      if (ev.type === "release") bubble.textContent += ev.text;
      if (ev.type === "stopped") {
        bubble.classList.remove("streaming");
        await call("streamEnd", { sid });
        add(el("div", { class: "bubble cut", "data-cut": ev.verdict.categories.join(",") },
          el("span", { class: "label", text: "Answer stopped by edgeward" }), ev.replacement));
        noteAnswerVerdict(ev.verdict, true);
        return ev.verdict;
      }
    }
    messages.scrollTop = messages.scrollHeight;
  }
  const end = await call("streamEnd", { sid });
  bubble.textContent += end.release;
  bubble.classList.remove("streaming");
  if (end.verdict.banners.length) renderBanners(end.verdict.banners);
  noteAnswerVerdict(end.verdict, false);
  return end.verdict;
}

// ----------------------------------------------------------------------------- the chat

let busy = false;

async function send(text, mode) {
  if (busy || !text.trim()) return;
  busy = true;
  $("send").disabled = true;
  try {
    const locale = $("locale").value;
    add(el("div", { class: "bubble user", text }));
    const t0 = performance.now();
    const { verdict, ms: workMs } = await call("screen", { text, locale });
    renderVerdict(verdict, { ms: workMs, roundTrip: performance.now() - t0 });
    if (verdict.banners.length) renderBanners(verdict.banners);
    if (verdict.action === "support") renderCare(verdict);
    if (verdict.action === "block") {
      add(el("div", { class: "bubble block" }, el("span", { class: "label", text: "Blocked" }), verdict.message ?? ""));
    } else if (!verdict.forward && verdict.action !== "support") {
      add(el("div", { class: "bubble refusal", "data-rules": verdict.rules.join(",") }, el("span", { class: "label", text: "Not answered" }), verdict.message ?? ""));
    } else if (verdict.forward) {
      await streamAnswer(verdict.action === "support" && mode === "helpful" ? "care" : mode, locale);
    }
  } catch (e) {
    add(el("div", { class: "bubble refusal" }, el("span", { class: "label", text: "Error" }), e.message));
  } finally {
    busy = false;
    $("send").disabled = false;
    document.body.dataset.idle = String(Date.now());
  }
}

$("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("prompt").value;
  $("prompt").value = "";
  send(text, $("model").value);
});

for (const chip of document.querySelectorAll(".chip")) {
  chip.addEventListener("click", () => {
    if (chip.dataset.model) $("model").value = chip.dataset.model;
    send(chip.dataset.prompt, $("model").value);
  });
}

// ----------------------------------------------------------------------------- policy playground

const policy = $("policy");
const gutter = $("gutter");
let errorLines = new Set();

function renderGutter() {
  const n = policy.value.split("\n").length;
  const lines = [];
  for (let i = 1; i <= n; i++) lines.push(errorLines.has(i) ? `<span class="error" data-line="${i}">${i}</span>` : String(i));
  gutter.innerHTML = lines.join("\n");
  gutter.scrollTop = policy.scrollTop;
}

function setPolicySource(src) {
  policy.value = src;
  errorLines = new Set();
  renderGutter();
}

policy.addEventListener("input", renderGutter);
policy.addEventListener("scroll", () => { gutter.scrollTop = policy.scrollTop; });

function goToLine(line) {
  const lines = policy.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  policy.focus();
  policy.setSelectionRange(start, start + (lines[line - 1] ?? "").length);
  policy.scrollTop = Math.max(0, (line - 5) * 18);
  gutter.scrollTop = policy.scrollTop;
}

$("apply-policy").addEventListener("click", async () => {
  const status = $("policy-status");
  status.textContent = "Compiling…";
  const { check, ms: took, policy: id } = await call("applyPolicy", { source: policy.value });
  errorLines = new Set([...check.errors, ...check.failures].map((e) => e.line).filter(Boolean));
  renderGutter();
  const items = [];
  for (const e of check.errors) items.push(el("div", { class: "error-line", "data-line": e.line ?? "" }, `line ${e.line ?? "?"}${e.rule ? ` · ${e.rule}` : ""}: ${e.message}`));
  for (const f of check.failures) items.push(el("div", { class: "error-line", "data-line": f.line }, `line ${f.line} · inline test "${f.text}": ${f.problem}`));
  if (check.errors.length) {
    items.unshift(el("div", { text: `Not applied: the policy does not compile (${ms(took)}). Still using ${id}.` }));
  } else {
    items.unshift(el("div", { class: "ok", text: `Applied ${id} · ${check.tests - check.failures.length}/${check.tests} inline tests pass · ${ms(took)}` }));
  }
  status.replaceChildren(...items);
  const first = [...errorLines].sort((a, b) => a - b)[0];
  if (first) goToLine(first);
});

$("reset-policy").addEventListener("click", async () => {
  setPolicySource(await call("defaultPolicy"));
  $("apply-policy").click();
});

// ----------------------------------------------------------------------------- responsiveness

// Long main-thread tasks since load, shown in the footer (the browser tests print them).
const long = { count: 0, max: 0 };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      long.count++;
      long.max = Math.max(long.max, e.duration);
    }
    $("perf").textContent = `Main thread: ${long.count} long task(s) since load, longest ${Math.round(long.max)} ms`;
  }).observe({ type: "longtask", buffered: true });
  $("perf").textContent = "Main thread: no long tasks since load";
} catch {
  $("perf").textContent = "Main thread: long-task timing unavailable in this browser";
}
window.edgewardDemo = { longTasks: long };

// Start the worker after the first paint: the page is usable while the model loads.
requestAnimationFrame(() => setTimeout(() => worker || startWorker(), 0));
