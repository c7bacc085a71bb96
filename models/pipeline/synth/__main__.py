"""CLI: ``python -m synth --stats`` (run from models/pipeline).

    python -m synth --stats                 counts per label x lang x direction, forms, balance
    python -m synth --check                 schema, determinism, and safety lint
    python -m synth --out rows.jsonl        write rows (add --meta for form/tag)
    python -m synth --conversations-out c.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter

from . import generate, generate_conversations
from .core import FORMS, LABELS, LANGS

# Strings that must never appear in any row (precursors / agents' sources / energetic mixes).
_DENY = [
    "pseudoephedrine", "red phosphorus", "ammonium nitrate", "acetone peroxide", "tatp", "potassium chlorate",
    "castor bean", "thermite", "hexamine", "nitroglycerin", "phenylacetone", "anhydrous ammonia", "lye and",
    "hydrogen peroxide and", "fertilizer and fuel", "fertiliser and fuel", "ammonium", "perchlorate",
]
_URL = re.compile(r"(?:https?|hxxps?)://([A-Za-z0-9.-]+)")
_RESERVED = (".example", ".test", ".invalid", ".example.com", ".example.org", ".example.net")
_QTY = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|kg|ml|l|grams?|ounces?|oz|lbs?)\b", re.I)
_HARM = {"violence", "weapons_cbrn", "cyber", "fraud_scams", "illegal_goods", "hate_harassment", "sexual", "child_safety",
         "self_harm", "privacy", "prompt_attack", "elections_misinfo"}


def _digest(rows: list[dict]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def stats(rows: list[dict]) -> str:
    out: list[str] = []
    n = len(rows)
    pos = sum(1 for r in rows if r["labels"])
    out.append(f"rows: {n}   positives (any label): {pos}   benign (no label): {n - pos}")
    lang_c = Counter(r["lang"] for r in rows)
    out.append("lang: " + "  ".join(f"{l}={lang_c[l]} ({100 * lang_c[l] / n:.1f}%)" for l in LANGS)
               + f"   non-English={100 * (n - lang_c['en']) / n:.1f}%")
    dir_c = Counter(r["direction"] for r in rows)
    out.append(f"direction: prompt={dir_c['prompt']}  output={dir_c['output']}")
    out.append("")
    cols = [(l, d) for d in ("prompt", "output") for l in LANGS]
    head = f"{'label':<20}" + "".join(f"{l + '/' + d[0]:>8}" for l, d in cols) + f"{'total':>8}"
    out.append(head)
    out.append("-" * len(head))
    table = Counter((lab, r["lang"], r["direction"]) for r in rows for lab in r["labels"])
    benign = Counter((r["lang"], r["direction"]) for r in rows if not r["labels"])
    for lab in LABELS:
        cells = [table[(lab, l, d)] for l, d in cols]
        out.append(f"{lab:<20}" + "".join(f"{c:>8}" for c in cells) + f"{sum(cells):>8}")
    cells = [benign[(l, d)] for l, d in cols]
    out.append(f"{'(benign)':<20}" + "".join(f"{c:>8}" for c in cells) + f"{sum(cells):>8}")
    if "form" in rows[0]:
        out.append("")
        out.append("form balance (positive / benign):")
        fc = Counter((r["form"], bool(r["labels"])) for r in rows)
        for f in FORMS:
            out.append(f"  {f:<11} {fc[(f, True)]:>6} / {fc[(f, False)]:<6}")
        out.append("")
        out.append("per source (positive / benign):")
        sc = Counter((r["source"], bool(r["labels"])) for r in rows)
        for s in sorted({r["source"] for r in rows}):
            out.append(f"  {s:<24} {sc[(s, True)]:>6} / {sc[(s, False)]:<6}")
    multi = Counter(tuple(r["labels"]) for r in rows if len(r["labels"]) > 1)
    out.append("")
    out.append("multi-label combinations: " + ", ".join(f"{'+'.join(k)}={v}" for k, v in sorted(multi.items())))
    return "\n".join(out)


def check(seed: int) -> list[str]:
    problems: list[str] = []
    a = generate(seed)
    b = generate(seed)
    if _digest(a) != _digest(b):
        problems.append("generate() is not deterministic for a seed")
    ca, cb = generate_conversations(seed), generate_conversations(seed)
    if _digest(ca) != _digest(cb):
        problems.append("generate_conversations() is not deterministic for a seed")
    texts = [r["text"] for r in a]
    if len(set(texts)) != len(texts):
        problems.append("duplicate texts")
    for r in a:
        if set(r) != {"text", "labels", "direction", "lang", "source"}:
            problems.append(f"bad keys: {sorted(r)}")
        if not r["text"].strip():
            problems.append("empty text")
        if r["lang"] not in LANGS or r["direction"] not in ("prompt", "output") or not r["source"].startswith("synth/"):
            problems.append(f"bad field in {r}")
        if any(l not in LABELS for l in r["labels"]) or len(set(r["labels"])) != len(r["labels"]):
            problems.append(f"bad labels {r['labels']}")
        if "elections_misinfo" in r["labels"] and "elections" not in r["labels"]:
            problems.append("elections_misinfo without elections")
        if "[[" in r["text"] or "]]" in r["text"] or re.search(r"\{[a-z_]+(?::\w+)?\}", r["text"]) and "```" not in r["text"]:
            problems.append(f"unexpanded template syntax in: {r['text'][:80]!r}")
        low = r["text"].lower()
        for w in _DENY:
            if w in low:
                problems.append(f"deny-listed string {w!r} in: {r['text'][:80]!r}")
        for host in _URL.findall(r["text"]):
            if not host.lower().endswith(_RESERVED):
                problems.append(f"non-reserved URL host {host!r} in: {r['text'][:80]!r}")
        if set(r["labels"]) & _HARM and _QTY.search(r["text"]):
            problems.append(f"quantity in harmful row: {r['text'][:100]!r}")
    for c in ca:
        if set(c) != {"turns", "labels", "kind"} or not c["turns"] or c["turns"][-1]["role"] != "user":
            problems.append(f"bad conversation: {str(c)[:100]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synth", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stats", action="store_true", help="print counts per label x lang x direction")
    ap.add_argument("--check", action="store_true", help="schema, determinism and safety lint")
    ap.add_argument("--out", help="write rows as JSONL")
    ap.add_argument("--meta", action="store_true", help="with --out: include form and tag")
    ap.add_argument("--conversations-out", help="write conversations as JSONL")
    args = ap.parse_args(argv)
    if not (args.stats or args.check or args.out or args.conversations_out):
        args.stats = True
    rc = 0
    if args.stats:
        rows = generate(args.seed, meta=True)
        print(stats(rows))
        convs = generate_conversations(args.seed)
        print("")
        print(f"conversations: {len(convs)}  " + "  ".join(f"{k}={v}" for k, v in sorted(Counter(c['kind'] for c in convs).items()))
              + f"  labelled={sum(1 for c in convs if c['labels'])}")
        print(f"sha256(rows) = {_digest(generate(args.seed))}")
    if args.check:
        problems = check(args.seed)
        for p in problems[:50]:
            print("PROBLEM:", p)
        print(f"check: {len(problems)} problem(s)")
        rc = 1 if problems else 0
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for r in generate(args.seed, meta=args.meta):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.conversations_out:
        with open(args.conversations_out, "w", encoding="utf-8") as f:
            for c in generate_conversations(args.seed):
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
