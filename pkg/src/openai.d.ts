// Types of `edgeward/openai`: helpers for OpenAI chat-completions hosts.
import type { Verdict, Turn } from "./index.js";
import type { EdgewardSummary } from "./events.js";

export const JSON_HEADERS: Record<string, string>;
export const SSE_HEADERS: Record<string, string>;
/** The text of a message `content` (a string or an array of parts). */
export function contentText(content: unknown): string;
/** OpenAI messages → edgeward turns. */
export function toTurns(messages: readonly { role: string; content?: unknown }[]): Turn[];
/** The local reply for a prompt verdict that does not forward (message plus resources). */
export function localMessage(verdict: Verdict): string;
/** A locally answered completion (SSE when `body.stream`, else JSON) carrying `edgeward`. */
export function localAnswer(body: { model?: string; stream?: boolean }, content: string, edgeward: EdgewardSummary): Response;
/** The summary of a prompt and an output verdict. */
export function summary(prompt: Verdict | null, output: Verdict | null, extra?: object): EdgewardSummary;
/** Screens each choice of a completion in place; returns the verdict to report. */
export function screenChoices(choices: any[], screen: (text: string) => Verdict): Verdict | null;
