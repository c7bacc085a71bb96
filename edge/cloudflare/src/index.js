// edgeward on Cloudflare Workers: a screening proxy for OpenAI-compatible
// `POST /v1/chat/completions` (streaming and not).
//
//   prompt  → guard.screenConversation(messages)   refuse / support(no forward) / block:
//                                                   answered here, the upstream is not called
//                                                   steer / support(forward): a system message
//   output  → guard.screenOutput(answer)            JSON: replaced by the policy message
//             guard.outputStream()                  SSE: screened as it streams (edgeward/sse)
//   verdicts and banners ride along under `edgeward` (a JSON field; an SSE event before [DONE])
//
// Bindings (wrangler.toml): UPSTREAM_URL (var), UPSTREAM_API_KEY (secret, used when the
// client sends no Authorization), EDGEWARD_POLICY (TOML, e.g. a secret) or
// EDGEWARD_POLICY_B64 (the same, base64) for a custom policy, OFFENDERS (Durable Object:
// each user's repeat-offender ladder state; the user is the `x-edgeward-user` header or
// the body's `user`), UPSTREAM_TIMEOUT_MS, STREAM_IDLE_TIMEOUT_MS, EDGEWARD_SALT (secret:
// turns on telemetry events) and EDGEWARD_EVENTS (Analytics Engine dataset, optional).

import { Guard } from "edgeward";
import { DurableObject } from "cloudflare:workers";
import { screenChatStream } from "edgeward/sse";
import { JSON_HEADERS, SSE_HEADERS, toTurns, localMessage, localAnswer, summary, screenChoices } from "edgeward/openai";

export { screenChatStream } from "edgeward/sse";
export { toTurns } from "edgeward/openai";

// ---------------------------------------------------------------------------- guard

let cached = { key: undefined, guard: null };

function policySource(env) {
  if (env.EDGEWARD_POLICY) return String(env.EDGEWARD_POLICY);
  if (env.EDGEWARD_POLICY_B64) {
    const bin = atob(String(env.EDGEWARD_POLICY_B64).trim());
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  }
  return null;
}

/** One Guard per isolate (and per policy text). */
export function guardFor(env) {
  const src = policySource(env);
  if (cached.guard && cached.key === src) return cached.guard;
  const guard = src ? new Guard({ policy: src }) : new Guard();
  cached = { key: src, guard };
  return guard;
}

// ---------------------------------------------------------------------------- helpers

export function errorResponse(status, message, type, code, extraHeaders) {
  return new Response(JSON.stringify({ error: { message, type, param: null, code } }), {
    status,
    headers: { ...JSON_HEADERS, ...extraHeaders },
  });
}

function localeOf(request, body) {
  if (typeof body.locale === "string" && body.locale) return body.locale;
  const al = request.headers.get("accept-language");
  const first = al?.split(",")[0]?.split(";")[0]?.trim();
  return first && first !== "*" ? first : undefined;
}

function upstreamEndpoint(base) {
  const url = String(base).replace(/\/+$/, "");
  if (/\/chat\/completions$/.test(url)) return url;
  if (/\/v\d+$/.test(url)) return `${url}/chat/completions`;
  return `${url}/v1/chat/completions`;
}

// ---------------------------------------------------------------------------- offenders

/**
 * One user's repeat-offender ladder state (the core's: strikes weighted by severity,
 * decaying; warn → cooldown → block as the policy's `[ladder]` sets), kept in Durable
 * Object storage. The prompt is screened here, so reading the state, screening and
 * storing the new state happen as one step per user: the object's input gate holds other
 * requests for this user while storage is in use, and no strike is lost to a race.
 */
export class Offenders extends DurableObject {
  /** Screens `turns` for this user; returns the verdict (with `enforcement`). */
  async enforce(turns, options) {
    const stored = (await this.ctx.storage.get("state")) ?? null;
    let r;
    try {
      r = guardFor(this.env).screenEnforced(turns, stored, options);
    } catch (e) {
      // RPC keeps only an error's message: return the code so the caller can rethrow it
      return { error: { code: e?.code ?? "EDGEWARD_INTERNAL", message: e?.message ?? String(e) } };
    }
    if (r.state === null) await this.ctx.storage.delete("state");
    else await this.ctx.storage.put("state", r.state);
    return { verdict: r.verdict };
  }

  /** Where this user stands now, without screening. */
  async standing() {
    return guardFor(this.env).standing((await this.ctx.storage.get("state")) ?? null);
  }

  async reset() {
    await this.ctx.storage.deleteAll();
  }
}

function offenderStub(env, user) {
  if (!user || !env.OFFENDERS) return null;
  return env.OFFENDERS.get(env.OFFENDERS.idFromName(user));
}

/** The prompt verdict: through the user's Durable Object when there is one. */
async function screenPrompt(guard, stub, turns, options) {
  if (!stub) return guard.screenConversation(turns, options);
  const r = await stub.enforce(turns, options);
  if (r.error) {
    const e = new Error(r.error.message);
    e.code = r.error.code;
    throw e;
  }
  return r.verdict;
}

// ---------------------------------------------------------------------------- telemetry

/**
 * One privacy-preserving event per verdict (no text: a salted user hash and a SimHash
 * signature of the words; see the core's telemetry), when EDGEWARD_SALT is set: to the
 * Workers Analytics Engine dataset bound as EDGEWARD_EVENTS if there is one, else as a
 * JSON log line `{"edgeward_event": ...}` that Workers Logs / Logpush pick up. Either
 * way `edgeward trends` (or the same grouping by `sig` in SQL) finds campaigns.
 */
function emitEvent(env, guard, text, verdict, options) {
  if (!env.EDGEWARD_SALT || !verdict) return;
  let ev;
  try {
    ev = guard.telemetryEvent(text, verdict, { ...options, salt: String(env.EDGEWARD_SALT) });
  } catch {
    return; // telemetry never fails a request
  }
  if (env.EDGEWARD_EVENTS?.writeDataPoint) {
    env.EDGEWARD_EVENTS.writeDataPoint({
      indexes: [ev.sig ?? ""],
      blobs: [ev.dir, ev.action, ev.categories.join(","), ev.rules.join(","), ev.user ?? "", ev.locale ?? "", ev.policy, ev.model, ev.enforcement ?? ""],
      doubles: [ev.t, ...Object.values(ev.scores)],
    });
  } else {
    console.log(JSON.stringify({ edgeward_event: ev }));
  }
}

// ---------------------------------------------------------------------------- handler

function intVar(v, dflt) {
  const n = Number.parseInt(v ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : dflt;
}

async function chatCompletions(request, env) {
  let body;
  try {
    body = await request.json();
  } catch {
    return errorResponse(400, "The request body is not valid JSON.", "invalid_request_error", "invalid_json");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return errorResponse(400, "The request body must be a JSON object.", "invalid_request_error", "invalid_body");
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return errorResponse(400, "'messages' is required and must be a non-empty array.", "invalid_request_error", "missing_messages");
  }
  if (!body.messages.every((m) => m && typeof m === "object" && typeof m.role === "string")) {
    return errorResponse(400, "Every message needs a string 'role'.", "invalid_request_error", "invalid_messages");
  }

  if (body.stream === true && body.n != null && body.n !== 1) {
    return errorResponse(400, "edgeward screens one choice per stream: use n = 1 with stream = true.", "invalid_request_error", "unsupported_n");
  }

  const guard = guardFor(env);
  const locale = localeOf(request, body);
  const user = request.headers.get("x-edgeward-user") || (typeof body.user === "string" ? body.user : "");
  const stub = offenderStub(env, user);
  const turns = toTurns(body.messages);
  const prompt = await screenPrompt(guard, stub, turns, locale ? { locale } : undefined);
  const lastTurn = turns.at(-1)?.content ?? "";
  emitEvent(env, guard, lastTurn, prompt, { user: user || undefined, locale, direction: "prompt" });

  if (!prompt.forward) {
    const extra = prompt.enforcement ? { enforcement: prompt.enforcement } : {};
    return localAnswer(body, localMessage(prompt), summary(prompt, null, extra));
  }

  // Forward: steer as a system message; our own fields do not travel upstream.
  const upstreamBody = { ...body };
  delete upstreamBody.locale;
  if (prompt.steer) {
    upstreamBody.messages = [{ role: "system", content: prompt.steer }, ...body.messages];
  }
  if (!env.UPSTREAM_URL) {
    return errorResponse(500, "UPSTREAM_URL is not configured.", "server_error", "no_upstream");
  }
  const headers = { "content-type": "application/json", accept: body.stream ? "text/event-stream" : "application/json" };
  const auth = request.headers.get("authorization") || (env.UPSTREAM_API_KEY ? `Bearer ${env.UPSTREAM_API_KEY}` : "");
  if (auth) headers.authorization = auth;

  const timeoutMs = intVar(env.UPSTREAM_TIMEOUT_MS, 60000);
  // The timeout covers the whole answer for JSON, and the wait for the response headers
  // for streams (a long stream may take longer than that to finish).
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  let upstream;
  try {
    upstream = await fetch(upstreamEndpoint(env.UPSTREAM_URL), {
      method: "POST",
      headers,
      body: JSON.stringify(upstreamBody),
      signal: abort.signal,
    });
  } catch (e) {
    if (timedOut) {
      return errorResponse(504, `The upstream model did not answer within ${timeoutMs} ms.`, "upstream_error", "upstream_timeout");
    }
    return errorResponse(502, `The upstream model could not be reached: ${e?.message ?? e}`, "upstream_error", "upstream_unreachable");
  } finally {
    if (body.stream === true) clearTimeout(timer);
  }

  if (!upstream.ok) {
    const detail = (await upstream.text().catch(() => "")).slice(0, 500);
    if (upstream.status >= 400 && upstream.status < 500) {
      // A client error (bad key, bad model, rate limit): pass it through as it is.
      return new Response(detail, { status: upstream.status, headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" } });
    }
    return errorResponse(502, `The upstream model failed with HTTP ${upstream.status}${detail ? `: ${detail}` : ""}`, "upstream_error", "upstream_failed");
  }

  const type = upstream.headers.get("content-type") ?? "";
  if (body.stream === true) {
    if (!type.includes("text/event-stream") || !upstream.body) {
      await upstream.body?.cancel();
      return errorResponse(502, `The upstream answered a streaming request with '${type || "no content type"}', not an event stream.`, "upstream_error", "bad_upstream_stream");
    }
    const stream = upstream.body.pipeThrough(
      screenChatStream({
        outputStream: () => guard.outputStream(locale ? { locale } : undefined),
        edgeward: (output, { cut }) => ({ ...summary(prompt, output), cut }),
        idleTimeoutMs: intVar(env.STREAM_IDLE_TIMEOUT_MS, 30000),
      }),
    );
    return new Response(stream, { status: 200, headers: { ...SSE_HEADERS, "x-edgeward-action": prompt.action } });
  }

  let data;
  try {
    data = await upstream.json();
  } catch {
    if (timedOut) {
      return errorResponse(504, `The upstream model did not finish its answer within ${timeoutMs} ms.`, "upstream_error", "upstream_timeout");
    }
    return errorResponse(502, "The upstream answer is not valid JSON.", "upstream_error", "bad_upstream_response");
  }
  clearTimeout(timer);
  const choices = Array.isArray(data?.choices) ? data.choices : null;
  if (!choices) {
    return errorResponse(502, "The upstream answer has no 'choices'.", "upstream_error", "bad_upstream_response");
  }
  const output = screenChoices(choices, (text) => {
    const v = guard.screenOutput(text, locale ? { locale } : undefined);
    emitEvent(env, guard, text, v, { user: user || undefined, locale, direction: "output" });
    return v;
  });
  data.edgeward = summary(prompt, output);
  return new Response(JSON.stringify(data), { status: 200, headers: { ...JSON_HEADERS, "x-edgeward-action": data.edgeward.action } });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/v1/chat/completions" || url.pathname === "/chat/completions") {
      if (request.method !== "POST") {
        return errorResponse(405, "Use POST.", "invalid_request_error", "method_not_allowed", { allow: "POST" });
      }
      try {
        return await chatCompletions(request, env);
      } catch (e) {
        if (e?.code === "EDGEWARD_INPUT") {
          // e.g. a conversation with only system messages
          return errorResponse(400, e.message, "invalid_request_error", "invalid_messages");
        }
        return errorResponse(500, `edgeward: ${e?.message ?? e}`, "server_error", e?.code ?? "internal_error");
      }
    }
    if (url.pathname === "/healthz") {
      return new Response(JSON.stringify({ ok: true, policy: guardFor(env).policyId }), { headers: JSON_HEADERS });
    }
    return errorResponse(404, `No route for ${request.method} ${url.pathname}.`, "invalid_request_error", "not_found");
  },
};
