// Types of `edgeward/ai-sdk` (structural, so the package needs no dependency on `ai`).
import type { Guard, Turn } from "./index.js";
import type { EdgewardEvent } from "./events.js";

export type { EdgewardEvent, EdgewardSummary, EventDirection } from "./events.js";

export interface EdgewardMiddlewareOptions {
  /** The user's locale, e.g. `"en-US"` (picks crisis resources). */
  locale?: string;
  /** Gets what the UI renders: banners, support, refusals, cuts, verdicts. */
  onEvent?: (event: EdgewardEvent) => void;
}

/** A `LanguageModelV3Middleware` for `wrapLanguageModel` (AI SDK 6). */
export interface EdgewardMiddleware {
  readonly specificationVersion: "v3";
  transformParams(options: { type: "generate" | "stream"; params: any; model: any }): PromiseLike<any>;
  wrapGenerate(options: { doGenerate: () => PromiseLike<any>; doStream: () => PromiseLike<any>; params: any; model: any }): PromiseLike<any>;
  wrapStream(options: { doGenerate: () => PromiseLike<any>; doStream: () => PromiseLike<any>; params: any; model: any }): PromiseLike<any>;
}

/** Screens prompts and answers of a wrapped AI SDK language model. */
export function edgewardMiddleware(guard: Guard, options?: EdgewardMiddlewareOptions): EdgewardMiddleware;

/** AI SDK prompt messages → edgeward turns (text parts only). */
export function promptTurns(prompt: readonly { role: string; content: unknown }[]): Turn[];
