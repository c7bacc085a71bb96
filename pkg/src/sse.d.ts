// Types of `edgeward/sse`.
import type { Verdict } from "./index.js";

export interface ScreenChatStreamOptions {
  /** Screens the accumulated answer, e.g. `(t) => guard.screenOutput(t)`. */
  screen: (text: string) => Pick<Verdict, "forward" | "message"> & Partial<Verdict>;
  /** Builds the payload of the final `{"edgeward": …}` event. */
  edgeward?: (verdict: any, info: { cut: boolean }) => object;
  /** Screen at least every this many characters (default 200). */
  maxUnscreened?: number;
  /** Payload of the error event for a malformed or stalled upstream. */
  onError?: (error: Error & { code?: string }) => object;
  /** End with an `upstream_timeout` error event after this long without bytes. */
  idleTimeoutMs?: number;
}

/** A bytes-in, bytes-out TransformStream that screens an OpenAI-style SSE answer. */
export function screenChatStream(options: ScreenChatStreamOptions): TransformStream<Uint8Array, Uint8Array>;

/** One `data: …` SSE event as bytes. */
export function sseData(payload: string | object): Uint8Array;

/** `"[DONE]"` */
export const SSE_DONE: "[DONE]";

/** A malformed upstream stream. */
export class StreamFormatError extends Error {
  code: string;
  constructor(message: string, code?: string);
}
