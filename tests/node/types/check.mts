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
