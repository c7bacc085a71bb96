// UI events of verdicts, shared by the frontend adapters (./fetch.js, ./ai-sdk.js).
//
// Every event has `type` and `direction` ("prompt" | "output"):
//   { type: "verdict", verdict }                          every verdict
//   { type: "banner", banners, verdict }                  banners to show beside the answer
//   { type: "support", resources, message, forward, verdict }  care and crisis resources
//   { type: "refusal", message, verdict }                 answered locally / withheld
//   { type: "block", message, verdict }                   locked out by the ladder
//   { type: "cut", message, verdict }                     a streamed answer stopped mid-way

/** Calls `emit` with the UI events of one verdict, in render order. */
export function verdictEvents(direction, verdict, emit) {
  emit({ type: "verdict", direction, verdict });
  if (verdict.banners?.length) emit({ type: "banner", direction, banners: verdict.banners, verdict });
  if (verdict.action === "support" || verdict.resources?.length) {
    emit({ type: "support", direction, resources: verdict.resources ?? [], message: verdict.message, forward: verdict.forward, verdict });
  }
  if (!verdict.forward && verdict.action !== "support") {
    emit({ type: verdict.action === "block" ? "block" : "refusal", direction, message: verdict.message, verdict });
  }
}

/** `onEvent` made safe to call from inside a stream: a UI callback that throws is reported, not fatal. */
export function safeEmitter(onEvent) {
  if (onEvent !== undefined && typeof onEvent !== "function") throw new TypeError("onEvent must be a function");
  return (event) => {
    if (!onEvent) return;
    try {
      onEvent(event);
    } catch (err) {
      queueMicrotask(() => {
        throw err;
      });
    }
  };
}

/** The stronger of two verdicts (by action), either may be null. */
const ORDER = ["allow", "banner", "steer", "support", "refuse", "block"];
export function stronger(a, b) {
  if (!a) return b;
  if (!b) return a;
  return ORDER.indexOf(b.action) > ORDER.indexOf(a.action) ? b : a;
}
