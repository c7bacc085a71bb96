"""alt-profanity-check (PyPI) on edgeward's benchmark corpus: per-call latency at the
same sizes, throughput on the same 1 MB text, cold start (import to first prediction)
and peak memory. Writes $BENCH_OUT/python.json. Run through `make bench`, which installs
the package into a virtualenv under ~/.cache/edgeward.

The corpus rule is the same as benches/js/corpus.mjs and benches/screen.rs.
"""
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path(os.environ.get("BENCH_OUT", HERE.parent.parent / "artifacts" / "bench"))
BUDGET_S = float(os.environ.get("BENCH_BUDGET_MS", "1500")) / 1000
SIZES = [100, 1000, 10000, 100000]
LONG_BYTES = 1_000_000


def corpus_text(n):
    lines = [l.strip() for l in (HERE.parent / "data" / "corpus.txt").read_text().splitlines() if l.strip()]
    parts, length, i = [], 0, 0
    while length < n:
        line = lines[i % len(lines)]
        length += (1 if parts else 0) + len(line)
        parts.append(line)
        i += 1
    return " ".join(parts)[:n]


def stats(xs):
    s = sorted(xs)
    q = lambda p: s[min(len(s) - 1, int(p * len(s)))]
    return {"median": q(0.5), "p99": q(0.99), "n": len(s)}


def latency(fn, text):
    end = time.perf_counter() + min(0.3, BUDGET_S / 4)
    while time.perf_counter() < end:
        fn(text)
    samples = []
    end = time.perf_counter() + BUDGET_S
    while (time.perf_counter() < end or len(samples) < 30) and len(samples) < 200000:
        t0 = time.perf_counter_ns()
        fn(text)
        samples.append((time.perf_counter_ns() - t0) / 1000)
    return stats(samples)


def main():
    if sys.argv[1:] == ["--cold"]:
        t0 = time.perf_counter()
        from profanity_check import predict

        predict(["where do I vote?"])
        print(json.dumps({"ms": (time.perf_counter() - t0) * 1000}))
        return
    from profanity_check import predict

    screen = lambda t: predict([t])
    result = {"python": sys.version.split()[0], "latency": {}, "throughput": {}}
    for size in SIZES:
        result["latency"][str(size)] = latency(screen, corpus_text(size))
        print(f"python alt-profanity-check {size:>7} B  median {result['latency'][str(size)]['median']:.1f} µs  p99 {result['latency'][str(size)]['p99']:.1f} µs")
    long = corpus_text(LONG_BYTES)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        screen(long)
        runs.append(time.perf_counter() - t0)
    med = stats(runs)["median"]
    result["throughput"] = {"oneShot": {"ms": med * 1000, "mbPerS": LONG_BYTES / med / 1e6}}
    print(f"python alt-profanity-check 1 MB: {result['throughput']['oneShot']['mbPerS']:.1f} MB/s")
    colds = [json.loads(subprocess.check_output([sys.executable, __file__, "--cold"]))["ms"] for _ in range(3)]
    result["coldStartMs"] = stats(colds)["median"]
    result["peakMB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python alt-profanity-check cold start {result['coldStartMs']:.0f} ms, peak RSS {result['peakMB']:.0f} MB")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "python.json").write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
