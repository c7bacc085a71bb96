import { corpusText } from "./corpus.mjs";
const { Guard } = await import("edgeward");
const guard = await Guard.create();
const opts = { locale: "en-US" };
const long = corpusText(1_000_000);
const n = +process.argv[2], runs = +process.argv[3];
const c = []; if (n) for (let i = 0; i < long.length; i += n) c.push(long.slice(i, i + n));
for (let k = 0; k < runs; k++) { if (n === 0) guard.screenOutput(long, opts); else { const s = guard.outputStream(opts); for (const x of c) s.write(x); s.end(); } }
