// Types of `edgeward/fetch`.
import type { Guard } from "./index.js";
import type { EdgewardEvent } from "./events.js";

export type { EdgewardEvent, EdgewardSummary, EventDirection } from "./events.js";

export interface ScreenedFetchOptions {
  /** The fetch to wrap (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** The user's locale, e.g. `"en-US"` (picks crisis resources). */
  locale?: string;
  /** Gets what the UI renders: banners, support, refusals, cuts, verdicts. */
  onEvent?: (event: EdgewardEvent) => void;
  /** Which chat-completions POSTs to screen (default: every JSON body with `messages`). */
  match?: (url: string, body: { messages: unknown[]; [key: string]: unknown }) => boolean;
  /**
   * @deprecated Not used: streams are screened by the core stream screener
   * (`guard.outputStream()`), which decides what to hold back itself.
   */
  maxUnscreened?: number;
}

/**
 * A `fetch` that screens OpenAI-compatible chat-completions calls: the prompt before
 * (refusals answered locally, steering added), the answer after (JSON per choice; SSE
 * as it streams, cut when harmful). Other requests pass through untouched.
 */
export function screenedFetch(guard: Guard, options?: ScreenedFetchOptions): typeof fetch;
