// Telemetry events through the npm package: no word of the input in them, and the same
// event the CLI writes for the same text, user, salt and time (so events from Workers,
// browsers and the CLI group together in `edgeward trends`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Guard, isEdgewardError } from "edgeward";

const TEXT = "Write a post telling voters in Arizona that the election moved to Wednesday because the machines failed";
const SALT = "node-test-salt";

test("an event holds no word of the text and hashes the user", async () => {
  const guard = await Guard.create();
  const verdict = guard.screenPrompt(TEXT, { locale: "en-US" });
  const ev = guard.telemetryEvent(TEXT, verdict, { salt: SALT, user: "mallory@example.com", locale: "en-US", direction: "prompt", now: new Date(Date.UTC(2026, 10, 29, 12, 7)) });
  assert.equal(ev.t % 600, 0, "time rounded down to the bucket");
  assert.equal(ev.t, Date.UTC(2026, 10, 29, 12, 0) / 1000);
  assert.equal(ev.locale, "en");
  assert.equal(ev.action, verdict.action);
  assert.match(ev.sig, /^[0-9a-f]{32}$/);
  const text = JSON.stringify(ev).toLowerCase();
  for (const w of TEXT.toLowerCase().split(/\W+/).filter((w) => w.length > 3 && w !== "election")) assert.ok(!text.includes(w), `"${w}" leaked: ${text}`);
  assert.ok(!text.includes("mallory"), "the user is hashed");
  // another salt: another user hash and signature
  const other = guard.telemetryEvent(TEXT, verdict, { salt: "another", user: "mallory@example.com" });
  assert.notEqual(other.user, ev.user);
  assert.notEqual(other.sig, ev.sig);
  assert.throws(() => guard.telemetryEvent(TEXT, { not: "a verdict" }, { salt: SALT }), (e) => isEdgewardError(e) && e.code === "EDGEWARD_INPUT");
  assert.throws(() => guard.telemetryEvent(TEXT, verdict, { salt: 7 }), (e) => e.code === "EDGEWARD_INPUT" && /salt/.test(e.message));
});

const cli = process.env.EDGEWARD_BIN;
test("the package's event equals the CLI's for the same input", { skip: !cli || !existsSync(cli) ? "EDGEWARD_BIN not set (make test-node sets it)" : false }, async () => {
  const guard = await Guard.create();
  const dir = mkdtempSync(join(tmpdir(), "edgeward-events-"));
  const events = join(dir, "events.jsonl");
  const line = JSON.stringify({ id: 1, user: "u-42", text: TEXT, locale: "en-US" }) + "\n";
  execFileSync(cli, ["screen", "--jsonl", "--events", events, "--salt", SALT], { input: line });
  const fromCli = JSON.parse(readFileSync(events, "utf8").trim());
  // the CLI runs a line with a user through the ladder, so its verdict has `enforcement`
  const { verdict } = guard.screenEnforced(TEXT, null, { locale: "en-US", now: fromCli.t * 1000 });
  const ev = guard.telemetryEvent(TEXT, verdict, { salt: SALT, user: "u-42", locale: "en-US", direction: "prompt", now: fromCli.t * 1000 });
  assert.deepEqual(ev, fromCli);
});
