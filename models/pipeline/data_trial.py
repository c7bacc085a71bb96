"""Data trial (model7, models/DATA_TRIAL.md): the acceptance checks, model3 vs the new model.

    python data_trial.py val      OLD.onnx OLD.json [NEW.onnx NEW.json]   step 1: validation, like for like
    python data_trial.py heldout  OLD.onnx OLD.json [NEW.onnx NEW.json]   step 2: private held-out set

(NEW defaults to models/edgeward-tiny.{onnx,json}.) Both models are scored through their ONNX graphs
at their own operating thresholds (`strict` for the high-stakes heads, `default` otherwise) on the
current models/build/val.jsonl. Step 1 uses only rows from sources model3's data already had (rows of
the trial's families `synth/content` and `synth/ml_more` are left out). EVAL is read separately,
last, from the model card. Writes models/build/data_trial_<step>.json.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np

from common import BUILD, HARMFUL, LABELS, MODELS, read_jsonl
from onnx_forward import OnnxNumpy
from train import FF_MIN_ROWS, avg_precision, benign_by_source, cached_features, label_arrays, operating_thresholds, text_scores

NEW_SOURCES = ("synth/content", "synth/ml_more", "synth/dual_use")
HI = [LABELS.index(l) for l in HARMFUL]


def load(onnx_p, meta_p):
    meta = json.loads(Path(meta_p).read_text())
    return OnnxNumpy(onnx_p), operating_thresholds(meta["thresholds"]).astype(np.float32)


def bce(Y, M, P, W):
    P = np.clip(P.astype(np.float64), 1e-7, 1 - 1e-7)
    L = -(Y * np.log(P) + (1 - Y) * np.log(1 - P)) * M * W[:, None]
    return float(L.sum() / (M * W[:, None]).sum())


def step_val(models):
    rows = read_jsonl(BUILD / "val.jsonl")
    keep = [i for i, r in enumerate(rows) if r["source"] not in NEW_SOURCES]
    X, owner, _ = cached_features("val", rows, None)
    Y, M, W = label_arrays(rows)
    out = {"n_rows_old_sources": len(keep), "n_rows_all": len(rows)}
    sub = [rows[i] for i in keep]
    by_src = benign_by_source(sub)
    for name, (net, thr) in models.items():
        S = text_scores(net.score_csr(X), owner, len(rows))
        Sk, Yk, Mk, Wk = S[keep], Y[keep], M[keep], W[keep]
        ap = {}
        for j, l in enumerate(LABELS):
            k = Mk[:, j] > 0
            if Yk[k, j].sum() >= 5:
                ap[l] = round(avg_precision(Yk[k, j], Sk[k, j]), 4)
        flagged = (Sk >= thr[None, :])[:, HI].any(axis=1)
        harm = np.array([any(r["y"].get(l) == 1 for l in HARMFUL) for r in sub])
        ben = np.array([all(r["y"].get(l) == 0 for l in HARMFUL) for r in sub])
        res = {"ap": ap, "ap_mean": round(float(np.mean(list(ap.values()))), 4), "loss": round(bce(Yk, Mk, Sk, Wk), 4),
               "recall": round(float(flagged[harm].mean()), 4), "benign_ff": round(float(flagged[ben].mean()), 5),
               "n_harm": int(harm.sum()), "n_benign": int(ben.sum()),
               "sources": {s: {"n": int(len(ix)), "flagged": int(flagged[ix].sum())} for s, ix in by_src.items()}}
        # the new families, for reference (not part of the rule)
        newix = [i for i, r in enumerate(rows) if r["source"] in NEW_SOURCES]
        if newix:
            f2 = (S[newix] >= thr[None, :])[:, HI].any(axis=1)
            h2 = np.array([any(rows[i]["y"].get(l) == 1 for l in HARMFUL) for i in newix])
            b2 = np.array([all(rows[i]["y"].get(l) == 0 for l in HARMFUL) for i in newix])
            res["new_families"] = {"recall": round(float(f2[h2].mean()), 4) if h2.any() else None,
                                   "benign_ff": round(float(f2[b2].mean()), 4) if b2.any() else None,
                                   "n_harm": int(h2.sum()), "n_benign": int(b2.sum())}
        out[name] = res
    if "new" in out:
        o, n = out["old"], out["new"]
        checks, bad = {}, []
        for s, v in o["sources"].items():
            if v["n"] < FF_MIN_ROWS:
                continue
            ref = v["flagged"]
            lim = ref + math.ceil(math.sqrt(2 * (ref + 1)))
            got = n["sources"][s]["flagged"]
            checks[s] = {"n": v["n"], "model3": ref, "new": got, "limit": lim}
            if got > lim:
                bad.append(s)
        big = [s for s in checks]
        tot_o = sum(o["sources"][s]["flagged"] for s in big)
        tot_n = sum(n["sources"][s]["flagged"] for s in big)
        nb = sum(o["sources"][s]["n"] for s in big)
        p = tot_o / nb
        sd = math.sqrt(p * (1 - p) / nb)
        out["rule"] = {
            "ap_ok": n["ap_mean"] >= o["ap_mean"] - 0.003,
            "per_source": checks, "sources_over_limit": bad,
            "aggregate": {"n": nb, "model3": tot_o, "new": tot_n, "model3_rate": p, "new_rate": tot_n / nb, "limit_rate": p + sd},
            "aggregate_ok": tot_n / nb <= p + sd,
        }
        out["rule"]["pass"] = bool(out["rule"]["ap_ok"] and not bad and out["rule"]["aggregate_ok"])
    return out


def step_heldout(models):
    from heldout_eval import heldout_results, score_heldout
    out = {}
    for name, (net, thr) in models.items():
        items, S = score_heldout(net.score_csr, len(LABELS))
        res = heldout_results(items, S, thr, HI)
        flagged = (S >= thr[None, :])[:, HI].any(axis=1)
        y = np.array([it["harmful"] for it in items], bool)
        nonen = np.array([it["lang"] != "en" for it in items], bool)
        outp = np.array([it["kind"] == "output" for it in items], bool)
        res["counts"] = {"harmful_caught": int(flagged[y].sum()), "n_harmful": int(y.sum()),
                         "benign_flagged": int(flagged[~y].sum()), "n_benign": int((~y).sum()),
                         "nonen_harmful_caught": int(flagged[y & nonen].sum()), "n_nonen_harmful": int((y & nonen).sum()),
                         "output_harmful_caught": int(flagged[y & outp].sum()), "n_output_harmful": int((y & outp).sum())}
        out[name] = res
    if "new" in out:
        o, n = out["old"]["counts"], out["new"]["counts"]
        out["rule"] = {
            "recall_up_2": n["harmful_caught"] >= o["harmful_caught"] + 2,
            "ff_within_2": n["benign_flagged"] <= o["benign_flagged"] + 2,
            "outputs_not_worse": n["output_harmful_caught"] >= o["output_harmful_caught"],
            "nonen_not_worse": n["nonen_harmful_caught"] >= o["nonen_harmful_caught"],
        }
        out["rule"]["pass"] = all(out["rule"].values())
    return out


def main(argv):
    step = argv[0]
    models = {"old": load(argv[1], argv[2])}
    new = (argv[3], argv[4]) if len(argv) > 4 else (MODELS / "edgeward-tiny.onnx", MODELS / "edgeward-tiny.json")
    if Path(new[0]).exists():
        models["new"] = load(*new)
    res = step_val(models) if step == "val" else step_heldout(models)
    (BUILD / f"data_trial_{step}.json").write_text(json.dumps(res, indent=1) + "\n")
    print(json.dumps(res.get("rule", res), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
