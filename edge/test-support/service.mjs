// Runs an edge service's `serve` script for a test (its own process group, so the
// runtime it starts is stopped with it) and talks to it like a chat client.
//
//   const svc = await startService({ serve, cwd, env, readyMs });  // svc.port, svc.log()
//   const res = await svc.post(body, headers);  const s = await readSse(res);
//   await svc.stop();
import assert from "node:assert/strict";
import net from "node:net";
import { spawn } from "node:child_process";

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

/** Starts `serve` with PORT set, and waits until GET /healthz answers 200 (its JSON in `health`). */
export async function startService({ serve, cwd, env, readyMs = 120_000, requestMs = 20_000 }) {
  const port = await freePort();
  let log = "";
  const child = spawn(serve, [], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PORT: String(port) },
  });
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const svc = {
    port,
    base,
    log: () => log,
    post: (body, headers = {}, path = "/v1/chat/completions") =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer sk-test", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(requestMs),
      }),
    stop: () => stopGroup(child),
  };
  const deadline = Date.now() + readyMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${serve} exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) });
      if (r.ok) {
        svc.health = await r.json();
        return svc;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  await svc.stop();
  throw new Error(`${serve} was not ready within ${readyMs} ms:\n${log}`);
}

async function stopGroup(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try { process.kill(-child.pid, "SIGTERM"); } catch {}
  const t = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 5000);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  clearTimeout(t);
  try { process.kill(-child.pid, "SIGKILL"); } catch {}
}

/** Reads a chat-completion event stream: its events, the content, finish reasons, `edgeward`. */
export async function readSse(res) {
  assert.match(res.headers.get("content-type"), /text\/event-stream/);
  const text = await res.text();
  const events = text.split("\n\n").filter((e) => e.trim()).map((e) => {
    const data = e.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
    return data === "[DONE]" ? "[DONE]" : JSON.parse(data);
  });
  const chunks = events.filter((e) => e !== "[DONE]" && e.choices);
  return {
    events,
    content: chunks.map((c) => c.choices[0].delta.content ?? "").join(""),
    finish: chunks.map((c) => c.choices[0].finish_reason).filter(Boolean),
    edgeward: events.find((e) => e !== "[DONE]" && e.edgeward)?.edgeward,
    done: events.at(-1) === "[DONE]",
  };
}

/** An OpenAI request body: a system message and one user message. */
export const user = (content) => ({ model: "fake-model", messages: [{ role: "system", content: "You are helpful." }, { role: "user", content }] });

/** Waits until `cond()` holds or `ms` pass. */
export async function eventually(cond, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return cond();
}
