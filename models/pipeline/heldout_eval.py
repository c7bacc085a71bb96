"""Scores the private held-out set (models/heldout/heldout.jsonl) the way the runtime does.

Prompts and outputs: max over windows per head. Conversations: like `Guard::screen_conversation`,
the last non-system turn in its direction, and the newest (up to 4) same-role turns joined,
discounted by 0.85; per head the larger of the two.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from evalsets import load_heldout
from train import avg_precision, cached_features, text_scores

CONTEXT_TURNS = 4
DECAY = 0.85


def heldout_inputs(items):
    """(rows to featurize, for each item the indices of its rows and their discounts)."""
    rows, plan = [], []
    for it in items:
        if "text" in it:
            plan.append([(len(rows), 1.0)])
            rows.append({"text": it["text"], "direction": "output" if it["kind"] == "output" else "prompt"})
            continue
        turns = [t for t in it["turns"] if t["role"] != "system"]
        last = turns[-1]
        direction = "output" if last["role"] == "assistant" else "prompt"
        same = [t["content"] for t in turns if t["role"] == last["role"]]
        parts = [(len(rows), 1.0)]
        rows.append({"text": last["content"], "direction": direction})
        if len(same) > 1:
            parts.append((len(rows), DECAY))
            rows.append({"text": "\n".join(same[-CONTEXT_TURNS:]), "direction": direction})
        plan.append(parts)
    return rows, plan


def score_heldout(score_csr, n_labels):
    """Per-item head scores [n_items, n_labels] and the items."""
    items = load_heldout()
    rows, plan = heldout_inputs(items)
    X, owner, _ = cached_features("heldout", rows, None)
    S_rows = text_scores(score_csr(X), owner, len(rows))
    S = np.zeros((len(items), n_labels), np.float32)
    for i, parts in enumerate(plan):
        S[i] = np.max([S_rows[k] * d for k, d in parts], axis=0)
    return items, S


def heldout_results(items, S, thr, harmful_idx):
    over = S >= thr[None, :]
    flagged = over[:, harmful_idx].any(axis=1)
    anyh = S[:, harmful_idx].max(axis=1)
    y = np.array([it["harmful"] for it in items], int)

    def block(ix):
        ix = np.asarray(ix)
        yy, ff = y[ix], flagged[ix]
        r = {"n": int(len(ix)), "n_harmful": int(yy.sum()), "n_benign": int((1 - yy).sum()),
             "recall": float(ff[yy == 1].mean()) if (yy == 1).any() else None,
             "false_flag_rate": float(ff[yy == 0].mean()) if (yy == 0).any() else None}
        if (yy == 1).any() and (yy == 0).any():
            r["auprc"] = avg_precision(yy.astype(float), anyh[ix])
        return r

    res = {"all": block(np.arange(len(items)))}
    for key in ("kind", "lang"):
        g = defaultdict(list)
        for i, it in enumerate(items):
            g[it[key]].append(i)
        res["by_" + key] = {k: block(v) for k, v in sorted(g.items())}
    g = defaultdict(list)
    for i, it in enumerate(items):
        if it["harmful"]:
            g[it["cat"]].append(i)
    res["recall_by_category"] = {k: float(flagged[v].mean()) for k, v in sorted(g.items())}
    return res
