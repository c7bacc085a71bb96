// Types of the `edgeward` package (every entry point: node, web, workerd).

/** The 13 stable harm category ids. */
export type CategoryId =
  | "violence"
  | "weapons_cbrn"
  | "cyber"
  | "fraud_scams"
  | "illegal_goods"
  | "hate_harassment"
  | "sexual"
  | "child_safety"
  | "self_harm"
  | "elections"
  | "privacy"
  | "prompt_attack"
  | "specialized_advice";

/** What the host should do, weakest to strongest. */
export type Action = "allow" | "banner" | "steer" | "support" | "refuse" | "block";

/** Which side of the model call a text comes from. */
export type Direction = "prompt" | "output";

/** Who spoke a turn. */
export type Role = "user" | "assistant" | "system";

/** Harm dimensions a category names. */
export type HarmDimension = "physical" | "psychological" | "economic" | "societal" | "autonomy";

/** A banner to show beside the answer (election information, a disclaimer). */
export interface Banner {
  id: string;
  text: string;
  url?: string;
}

/** A crisis or help resource for the user's locale. */
export interface Resource {
  id: string;
  name: string;
  phone?: string;
  text?: string;
  url?: string;
}

/** Steps of the repeat-offender ladder. */
export type EnforcementState = "ok" | "warned" | "cooldown" | "blocked";

/** Where a user stands on the repeat-offender ladder (when a user or session is given). */
export interface Enforcement {
  strikes: number;
  state: EnforcementState;
  /** Seconds until a cooldown ends (only in `cooldown`). */
  retry_after_s?: number;
}

/** A limit that applied while screening (long text was windowed, ...). */
export interface LimitApplied {
  limit: string;
  value: number;
}

/** The decision for one text or conversation: the same shape as the CLI's JSON. */
export interface Verdict {
  /** The strongest action that fired. */
  action: Action;
  /** Whether to call the model (prompt) or deliver the text (output). */
  forward: boolean;
  /** Categories that fired, strongest first. */
  categories: CategoryId[];
  /** A score in [0, 1] for every one of the 13 categories. */
  scores: Record<CategoryId, number>;
  /** Ids of the policy rules that fired. */
  rules: string[];
  banners: Banner[];
  resources: Resource[];
  /** Guidance for the host's system prompt (`steer`, `support`). */
  steer: string | null;
  /** The local reply when `forward` is false. */
  message: string | null;
  /** `name@version+hash8` of the policy that decided. */
  policy: string;
  /** `name@version` of the classifier. */
  model: string;
  enforcement?: Enforcement;
  /** Harm dimensions of the fired categories. */
  dimensions?: HarmDimension[];
  /** Limits that applied. */
  limits?: LimitApplied[];
  /** Set when screening failed internally and the policy's fail mode decided. */
  failure?: string;
  /** Preview rules that matched (reported, never deciding). */
  shadow?: string[];
}

/** Options of `screenPrompt`, `screenOutput` and `screenConversation`. */
export interface ScreenOptions {
  /** BCP 47 locale of the user, e.g. `"en-US"`; picks crisis resources. */
  locale?: string;
}

/** Options of `screen`: also the direction (default `"prompt"`). */
export interface ScreenAsOptions extends ScreenOptions {
  direction?: Direction;
}

/** One turn of a conversation. */
export interface Turn {
  role: Role;
  content: string;
}

/** TOML policy source, or a compiled bundle from `compilePolicy`. */
export type PolicySource = string | Uint8Array | ArrayBuffer;

/** Options of `new Guard()` and `Guard.create()`. */
export interface GuardOptions {
  /** A custom policy; the embedded default when omitted. */
  policy?: PolicySource;
}

/** What `init` accepts: a compiled module, its bytes, a response, or a URL to fetch. */
export type InitInput =
  | WebAssembly.Module
  | BufferSource
  | Response
  | PromiseLike<Response>
  | URL
  | string;

/** Stable error codes (`err.code`). */
export type ErrorCode =
  | "EDGEWARD_INPUT"
  | "EDGEWARD_POLICY"
  | "EDGEWARD_MODEL"
  | "EDGEWARD_INTEGRITY"
  | "EDGEWARD_INTERNAL"
  | "EDGEWARD_NOT_INITIALIZED"
  | "EDGEWARD_INIT";

/** Every error edgeward throws. */
export interface EdgewardError extends Error {
  name: "EdgewardError";
  code: ErrorCode;
  /** The policy rule or section at fault (`EDGEWARD_POLICY`). */
  rule?: string;
  /** The 1-based line in the policy source (`EDGEWARD_POLICY`). */
  line?: number;
}

/** One problem that stops a policy from compiling. */
export interface PolicyProblem {
  code: ErrorCode;
  message: string;
  rule: string | null;
  line: number | null;
}

/** A failed inline test of a policy. */
export interface PolicyTestFailure {
  line: number;
  text: string;
  problem: string;
}

/** What `checkPolicy` reports. */
export interface PolicyCheck {
  /** Compiled, and every inline test passed. */
  ok: boolean;
  /** The policy id, when it compiled. */
  policy: string | null;
  errors: PolicyProblem[];
  failures: PolicyTestFailure[];
  /** How many inline tests ran. */
  tests: number;
}

/** The 13 category ids in contract order. */
export const CATEGORIES: readonly CategoryId[];

/** Actions, weakest to strongest. */
export const ACTIONS: readonly Action[];

/**
 * Loads and instantiates the wasm module. Without an argument each runtime finds the
 * package's own copy. A `WebAssembly.Module` is instantiated synchronously where the
 * runtime allows it, so `init(module); new Guard()` works on Workers. Idempotent;
 * `Guard.create()` calls it for you.
 */
export function init(input?: InitInput | PromiseLike<InitInput>): Promise<void>;

/** Synchronous init from a `WebAssembly.Module` or its bytes (Node: no argument needed). */
export function initSync(input?: WebAssembly.Module | BufferSource): void;

/** Whether the wasm module is initialized (so `new Guard()` works). */
export function isInitialized(): boolean;

/** Whether `e` is an error thrown by edgeward. */
export function isEdgewardError(e: unknown): e is EdgewardError;

/** Screens chat prompts, model outputs and conversations under a compiled policy. */
export class Guard {
  /** Needs the wasm module initialized (`init()`); throws `EDGEWARD_NOT_INITIALIZED` otherwise. */
  constructor(options?: GuardOptions);
  /** Initializes the wasm module if needed, then builds a guard. */
  static create(options?: GuardOptions): Promise<Guard>;
  /** `name@version+hash8` of the policy deciding. */
  readonly policyId: string;
  /** `name@version` of the classifier. */
  readonly modelId: string;
  /** Screens what a user sends, before the model is called. */
  screenPrompt(text: string, options?: ScreenOptions): Verdict;
  /** Screens what the model sends back, before it is delivered. */
  screenOutput(text: string, options?: ScreenOptions): Verdict;
  /** Screens a text in `options.direction` (default `"prompt"`). */
  screen(text: string, options?: ScreenAsOptions): Verdict;
  /** Screens a conversation as a whole at its last turn; the last turn's role sets the direction. */
  screenConversation(turns: readonly Turn[], options?: ScreenOptions): Verdict;
  /** Screens a streamed model output chunk by chunk (bounded memory). */
  outputStream(options?: Omit<ScreenOptions, "direction">): OutputStream;
  /**
   * Screens a prompt or conversation for a user whose stored repeat-offender state is
   * `state` (`null`: a clean record). Store the returned `state` (or delete the record
   * when it is `null`). A user in cooldown or blocked gets `block` without screening.
   */
  screenEnforced(input: string | readonly Turn[], state: LadderState | string | null | undefined, options?: EnforceOptions): { verdict: Verdict; state: LadderState | null };
  /** The privacy-preserving telemetry event (no text) for a verdict this guard gave on `text`. */
  telemetryEvent(text: string, verdict: Verdict, options: TelemetryOptions): TelemetryEvent;
  /** Where a user with stored `state` stands, without screening. */
  standing(state: LadderState | string | null | undefined, options?: { now?: Date | number }): Enforcement;
  /** Releases the guard's wasm memory now (otherwise the garbage collector does). */
  /** Also `[Symbol.dispose]` where the runtime has it (`using guard = ...`). */
  free(): void;
}

/** Compiles TOML policy source into a bundle (does not run its inline tests). */
export function compilePolicy(source: string | Uint8Array): Uint8Array;

/** Validates a policy (TOML source or bundle) and runs its inline tests. */
export function checkPolicy(source: PolicySource): PolicyCheck;

/** Bytes of wasm linear memory held now (it never shrinks: also the peak so far). */
export function wasmMemoryBytes(): number;

/** The TOML source of the embedded default policy, a starting point for custom ones. */
export function defaultPolicySource(): string;

/** What `OutputStream.write` returns, in order. */
export type StreamEvent =
  | { type: "release"; text: string }
  | { type: "stopped"; verdict: Verdict; replacement: string };

/** The end of a screened stream: the held-back rest (when allowed) and the final verdict. */
export interface StreamEnd {
  release: string;
  verdict: Verdict;
  stopped: boolean;
}

/** A streamed output being screened (see `Guard.outputStream`). */
export interface OutputStream {
  /**
   * The text that may now be shown (`release`, cut from the chunks as written: together
   * they are the output, a surrogate pair split between chunks included) and, once the
   * output turns harmful, `stopped`.
   */
  write(chunk: string): StreamEvent[];
  /** The rest and the final verdict; releases the stream's wasm memory. */
  end(): StreamEnd;
  /** Releases the stream's wasm memory without a verdict (a stream abandoned early). Idempotent. */
  free(): void;
}

/** A user's repeat-offender ladder state, as the host stores it (opaque; JSON-safe). */
export interface LadderState {
  strikes?: number;
  t?: number;
  cooldown_until?: number;
  blocked_at?: number;
}

/** Options of `screenEnforced`: the screening options plus the time of the request. */
export interface EnforceOptions extends ScreenOptions {
  /** A `Date` or milliseconds since the epoch (default: now). */
  now?: Date | number;
}

/** Where an `Enforcer` keeps states: sync or async get / set / delete by user id. */
export interface LadderStore {
  get(user: string): LadderState | null | undefined | Promise<LadderState | null | undefined>;
  set(user: string, state: LadderState): void | Promise<void>;
  delete(user: string): void | Promise<void>;
}

/** A store in memory. */
export function memoryStore(): LadderStore;

/** A store in Web Storage (`localStorage` by default), one key per user under `prefix`. */
export function localStorageStore(options?: { storage?: { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }; prefix?: string }): LadderStore;

/** Screens for many users with a repeat-offender ladder whose states live in a store. */
export class Enforcer {
  constructor(guard: Guard, store?: LadderStore);
  screenPrompt(user: string, text: string, options?: EnforceOptions): Promise<Verdict>;
  screenConversation(user: string, turns: readonly Turn[], options?: EnforceOptions): Promise<Verdict>;
  standing(user: string, options?: { now?: Date | number }): Promise<Enforcement>;
  reset(user: string): Promise<void>;
}

/** Options of `telemetryEvent`. */
export interface TelemetryOptions {
  /** Secret per deployment: keys the user hash and the signature. */
  salt: string;
  user?: string;
  locale?: string;
  direction?: Direction;
  /** A `Date` or milliseconds (default: now); rounded down to the time bucket. */
  now?: Date | number;
  /** Seconds per time bucket (default 600). */
  time_bucket_s?: number;
}

/** One verdict as telemetry: no raw or reversible text (`edgeward trends` reads these). */
export interface TelemetryEvent {
  v: number;
  t: number;
  dir: Direction;
  action: Action;
  categories: CategoryId[];
  scores: Partial<Record<CategoryId, number>>;
  rules: string[];
  policy: string;
  model: string;
  locale?: string;
  user?: string;
  /** 128-bit SimHash of the text's word shingles (32 hex digits), when long enough. */
  sig?: string;
  enforcement?: EnforcementState;
}
