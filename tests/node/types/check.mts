// Compile-time test of pkg/src/index.d.ts: what a TypeScript user writes (make test-types).
import {
  Guard, init, initSync, compilePolicy, checkPolicy, defaultPolicySource, isEdgewardError, CATEGORIES, ACTIONS,
  type Verdict, type Action, type CategoryId, type ScreenOptions, type Turn, type PolicyCheck, type ErrorCode,
} from "edgeward";

async function main(): Promise<void> {
  await init();
  const guard: Guard = await Guard.create();
  const custom = new Guard({ policy: compilePolicy(defaultPolicySource()) });
  const opts: ScreenOptions = { locale: "en-US" };
  const v: Verdict = guard.screenPrompt("where do I vote?", opts);
  const a: Action = v.action;
  const first: CategoryId | undefined = v.categories[0];
  const score: number = v.scores.elections;
  const fwd: boolean = v.forward;
  const msg: string | null = v.message;
  const url: string | undefined = v.banners[0]?.url;
  const phone: string | undefined = v.resources[0]?.phone;
  const strikes: number | undefined = v.enforcement?.strikes;
  const out = guard.screenOutput("text");
  const as = guard.screen("text", { direction: "output", locale: "en-GB" });
  const turns: Turn[] = [{ role: "system", content: "be nice" }, { role: "user", content: "hi" }];
  const conv = custom.screenConversation(turns, { locale: "fr-FR" });
  const check: PolicyCheck = checkPolicy("[policy]");
  const line: number | null | undefined = check.errors[0]?.line;
  const ids: readonly CategoryId[] = CATEGORIES;
  const actions: readonly Action[] = ACTIONS;
  const ids2: string = guard.policyId + guard.modelId;
  try {
    initSync(new Uint8Array());
  } catch (e) {
    if (isEdgewardError(e)) {
      const code: ErrorCode = e.code;
      const r: string | undefined = e.rule;
      void code, r;
    }
  }
  guard.free();

  // @ts-expect-error text must be a string
  guard.screenPrompt(42);
  // @ts-expect-error not an action
  const bad: Action = "deny";
  // @ts-expect-error not a category
  v.scores.weapons;
  // @ts-expect-error screenPrompt takes no direction
  guard.screenPrompt("x", { direction: "output" });
  // @ts-expect-error roles are a union
  guard.screenConversation([{ role: "bot", content: "x" }]);
  // @ts-expect-error policy is a string or bytes
  new Guard({ policy: 42 });

  void [a, first, score, fwd, msg, url, phone, strikes, out, as, conv, line, ids, actions, ids2, bad];
}
void main;

// The frontend adapters' subpaths (edgeward/fetch, edgeward/ai-sdk, edgeward/sse).
import { screenedFetch, type EdgewardEvent } from "edgeward/fetch";
import { edgewardMiddleware } from "edgeward/ai-sdk";
import { screenChatStream } from "edgeward/sse";

async function adapters(guard: Guard): Promise<void> {
  const seen: string[] = [];
  const chatFetch: typeof fetch = screenedFetch(guard, {
    locale: "en-US",
    onEvent(e: EdgewardEvent) {
      if (e.type === "banner") seen.push(e.banners[0]?.url ?? "");
      if (e.type === "support") seen.push(e.resources[0]?.name ?? "", String(e.forward));
      if (e.type === "cut") seen.push(e.message ?? "", e.verdict.action);
    },
  });
  await chatFetch("https://llm.example/v1/chat/completions", { method: "POST", body: "{}" });
  const mw = edgewardMiddleware(guard, { locale: "en-GB" });
  const version: "v3" = mw.specificationVersion;
  const ts: TransformStream<Uint8Array, Uint8Array> = screenChatStream({ outputStream: () => guard.outputStream({ locale: "en-US" }) });
  const legacy: TransformStream<Uint8Array, Uint8Array> = screenChatStream({ screen: (t) => guard.screenOutput(t), maxUnscreened: 100 });
  const s = guard.outputStream();
  s.write("Hello.");
  s.free();
  // @ts-expect-error one screener: outputStream or screen, not both
  screenChatStream({ outputStream: () => guard.outputStream(), screen: (t: string) => guard.screenOutput(t) });
  // @ts-expect-error onEvent gets events, not strings
  screenedFetch(guard, { onEvent: (e: string) => e });
  // @ts-expect-error the middleware needs a guard
  edgewardMiddleware();
  void [version, ts, legacy, seen];
}
void adapters;
