// Builds the rules-only test policy (test/policy.toml) from policies/default.toml: every
// category's classifier threshold is raised so the (dev, random-weight) model never
// decides, child_safety is kept at 0.5 (the most the compiler allows), and an
// output-direction phishing rule is added for the mid-stream cut test, and a short
// repeat-offender ladder for the Durable Object test.
//   node test/make-policy.mjs [in] [out]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const src = readFileSync(process.argv[2] ?? here("../../../policies/default.toml"), "utf8");
const out = process.argv[3] ?? here("./policy.toml");

let category = null;
const lines = src.split("\n").map((line) => {
  const head = line.match(/^\[categories\.([a-z_]+)\]/);
  if (head) category = head[1];
  else if (/^\[/.test(line)) category = null;
  const m = category && line.match(/^(prompt|output) = \{ (.*) \}$/);
  if (!m) return line;
  const t = category === "child_safety" ? "0.5" : "1.0";
  const body = m[2].replace(/,?\s*threshold = [^,}]+/, "");
  return `${m[1]} = { ${body}, threshold = ${t} }`;
});
let text = lines.join("\n")
  .replace('name = "default"', 'name = "edge-test"')
  .replace('version = "2026.11"', 'version = "rules-1"');
const rule = `
[[rules]]
id = "fraud_scams.phishing_output"
category = "fraud_scams"
action = "refuse"
message = "refusal_output"
directions = ["output"]
description = "Test only: an answer that turns into a phishing email."
patterns = ['\\bverify your account\\b.{0,120}\\bclick\\b']
`;
text = text.replace("# --- repeat-offender ladder", rule + "\n# --- repeat-offender ladder");
// A short ladder for the Durable Object test: every refusal is one strike; warned at 1,
// blocked (for an hour) at 3.
const ladder = `[ladder]
half_life_s = 86400
warn_at = 1
cooldown_at = "off"
block_at = 3
block_s = 3600
severity_weights = [1.0, 1.0, 1.0, 1.0, 1.0]
block_message = "You have been temporarily blocked after repeated requests that conflict with the usage policy."
`;
if (!/\[ladder\]\nhalf_life_s = 86400\n/.test(text)) throw new Error("make-policy: the default policy's [ladder] changed; update this script");
text = text.replace(/\[ladder\]\nhalf_life_s = 86400\n/, ladder);
writeFileSync(out, text);
console.log(`wrote ${out}`);
