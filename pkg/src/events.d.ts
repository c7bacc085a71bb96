// Types of the UI events the frontend adapters emit (edgeward/fetch, edgeward/ai-sdk).
import type { Verdict, Banner, Resource } from "./index.js";

/** Which side of the model call a verdict is about. */
export type EventDirection = "prompt" | "output";

/** What a chat UI renders, in order, for each verdict. */
export type EdgewardEvent =
  | { type: "verdict"; direction: EventDirection; verdict: Verdict }
  | { type: "banner"; direction: EventDirection; banners: Banner[]; verdict: Verdict }
  | { type: "support"; direction: EventDirection; resources: Resource[]; message: string | null; forward: boolean; verdict: Verdict }
  | { type: "refusal"; direction: EventDirection; message: string | null; verdict: Verdict }
  | { type: "block"; direction: EventDirection; message: string | null; verdict: Verdict }
  | { type: "cut"; direction: "output"; message: string | null; verdict: Verdict };

/** The `edgeward` summary attached to answers (JSON field, SSE event, providerMetadata). */
export interface EdgewardSummary {
  /** The strongest action of the prompt and output verdicts. */
  action: Verdict["action"];
  banners: Banner[];
  resources: Resource[];
  prompt: Verdict | null;
  output: Verdict | null;
  /** Streams: whether the answer was cut. */
  cut?: boolean;
}
