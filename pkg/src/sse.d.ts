// Types of `edgeward/sse`.
import type { Verdict, StreamEvent, StreamEnd } from "./index.js";

/** A stream screener: what `Guard.outputStream()` returns (or anything shaped like it). */
export interface ChatStreamScreener {
  write(chunk: string): StreamEvent[];
  end(): StreamEnd;
  /** Called once when the answer is done with (after `end()`, or instead of it on a cut, an error or a cancel). */
  free?(): void;
}

interface ScreenChatStreamCommon {
  /** Builds the payload of the final `{"edgeward": …}` event. */
  edgeward?: (verdict: any, info: { cut: boolean }) => object;
  /** Payload of the error event for a malformed or stalled upstream. */
  onError?: (error: Error & { code?: string }) => object;
  /** End with an `upstream_timeout` error event after this long without bytes. */
  idleTimeoutMs?: number;
}

export type ScreenChatStreamOptions = ScreenChatStreamCommon & (
  | {
    /**
     * Makes the stream screener for this answer, e.g. `() => guard.outputStream({ locale })`:
     * each delta is screened once (linear cost); called at the first delta.
     */
    outputStream: () => ChatStreamScreener;
    screen?: undefined;
    /** Not used with `outputStream`. */
    maxUnscreened?: number;
  }
  | {
    outputStream?: undefined;
    /**
     * Screens the accumulated answer, e.g. `(t) => guard.screenOutput(t)`: any screening
     * function, re-run on the answer so far at sentence ends (quadratic cost).
     */
    screen: (text: string) => Pick<Verdict, "forward" | "message"> & Partial<Verdict>;
    /** Screen at least every this many characters (default 200). */
    maxUnscreened?: number;
  }
);

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
