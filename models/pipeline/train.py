"""Train, quantize and calibrate edgeward-tiny; write the ONNX model and its metadata.

    python train.py   (reads models/build/{train,val}.jsonl, writes models/edgeward-tiny.{onnx,json})

Features come from the Rust featurizer (`edgeward featurize`); every window of a text is a
training example carrying the text's labels (at most MAX_WINDOWS per text, weighted
1/sqrt(#windows)); a text's score is the maximum over its windows, as at inference.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from common import (BUILD, FEATURIZER, HARMFUL, HIGH_STAKES, LABELS, MODELS, N_BUCKETS, N_LABELS, edgeward_bin,
                    featurize, read_jsonl)
from model import Net, export_onnx, sigmoid, train

HI = [LABELS.index(l) for l in HARMFUL]

# Few epochs, strong feature dropout, early stopping on validation loss: the templated data
# is memorised within two epochs (validation loss rises from epoch 2 on), which costs
# generalisation to real text.
CFG = dict(D=28, H=64, epochs=3, batch=256, lr=3e-3, wd_e=1e-6, id_drop=0.3, drop=0.2, seed=1234,
           qat_epochs=1, qat_lr=1e-3, max_windows=8)
CFG.update(json.loads(os.environ.get("EDGEWARD_TRAIN_CFG", "{}")))


def _bin_sig():
    p = edgeward_bin()
    try:
        st = os.stat(p)
        return f"{p}:{st.st_size}:{int(st.st_mtime)}"
    except OSError:
        return p


def cached_features(name, rows, max_windows=None):
    """Featurize rows with the Rust binary, cached under models/build/ by content."""
    h = hashlib.sha1()
    h.update(_bin_sig().encode())
    h.update(str(max_windows).encode())
    for r in rows:
        h.update(r["direction"].encode())
        h.update(r["text"].encode("utf-8"))
        h.update(b"\0")
    key = h.hexdigest()[:16]
    p = BUILD / f"feat_{name}.npz"
    if p.exists():
        z = np.load(p, allow_pickle=False)
        if str(z["key"]) == key:
            X = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=(len(z["indptr"]) - 1, N_BUCKETS))
            return X, z["owner"], z["widx"]
    X, owner, widx = featurize(rows, max_windows=max_windows)
    np.savez(p, key=key, data=X.data, indices=X.indices, indptr=X.indptr, owner=owner, widx=widx)
    return X, owner, widx


def label_arrays(rows):
    n = len(rows)
    Y = np.zeros((n, N_LABELS), np.float32)
    M = np.zeros((n, N_LABELS), np.float32)
    for i, r in enumerate(rows):
        for l, v in r["y"].items():
            j = LABELS.index(l)
            Y[i, j] = v
            M[i, j] = 1
    W = np.array([r["w"] for r in rows], np.float32)
    return Y, M, W


def source_reweight(rows, weights):
    """Training rows only: multiply the sample weight of rows from the named sources (the
    validation split keeps its weights, so validation losses stay comparable)."""
    if not weights:
        return rows
    return [dict(r, w=r["w"] * weights[r["source"]]) if r["source"] in weights else r for r in rows]


def window_arrays(rows, X, owner):
    Y, M, W = label_arrays(rows)
    nw = np.bincount(owner, minlength=len(rows)).astype(np.float32)
    return Y[owner], M[owner], (W / np.sqrt(np.maximum(nw, 1)))[owner]


def text_scores(P_win, owner, n):
    """Max over windows of each text."""
    out = np.full((n, P_win.shape[1]), -np.inf, np.float32)
    np.maximum.at(out, owner, P_win)
    return out


def pr_points(y, s, w=None):
    """Precision/recall at every distinct threshold (descending)."""
    o = np.argsort(-s, kind="stable")
    y, s = y[o], s[o]
    w = np.ones_like(s) if w is None else w[o]
    tp = np.cumsum(w * y)
    fp = np.cumsum(w * (1 - y))
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    tp, fp, th = tp[last], fp[last], s[last]
    P = tp / np.maximum(tp + fp, 1e-9)
    R = tp / max(tp[-1], 1e-9)
    return P, R, th


def calibrate(Y, M, S, W, min_strict_precision=0.8, f_slack=0.01):
    """Per head, on the validation split: `default` = the best-F1 point; `strict` = the
    lowest threshold whose F2 (recall-weighted) is within `f_slack` of the best F2, among
    the points with precision >= min_strict_precision (the in-distribution split cannot tell
    these points apart; the lower one keeps recall on unseen phrasing), never above
    `default`. A threshold sits halfway between the chosen score and the next one down.
    (A slack on `default` too was tried and reverted: it pushed the false flags on CLINC's test
    split over the 1% target; see the model card.)"""
    th = {}
    report = {}
    for j, l in enumerate(LABELS):
        k = M[:, j] > 0
        y, s = Y[k, j], S[k, j]
        if y.sum() < 5:
            th[l] = {"default": 0.5, "strict": 0.5}
            continue
        P, R, T = pr_points(y, s)
        out = {}
        for name, beta in (("default", 1.0), ("strict", 2.0)):
            F = (1 + beta ** 2) * P * R / np.maximum(beta ** 2 * P + R, 1e-9)
            if name == "strict":
                F = np.where(P >= min_strict_precision, F, -1)
                if F.max() < 0:
                    continue
            i = int(np.argmax(F))
            if name == "strict":  # points run from high to low threshold
                i = int(np.nonzero(F >= F[i] - f_slack)[0].max())
            nxt = T[i + 1] if i + 1 < len(T) else T[i] / 2
            t = float(np.clip((T[i] + nxt) / 2, 0.02, 0.98))
            out[name] = round(t, 4)
            report[f"{l}/{name}"] = {"threshold": round(t, 4), "precision": round(float(P[i]), 4),
                                     "recall": round(float(R[i]), 4), "f": round(float(F[i]), 4)}
        out["strict"] = min(out.get("strict", out["default"]), out["default"])
        th[l] = out
    return th, report


# ---------------------------------------------------------------- non-regression calibration

FF_REFERENCE = MODELS / "pipeline" / "ff_reference_model3.json"
FF_MIN_ROWS = 100


def operating_thresholds(th):
    """The thresholds a verdict uses by default: `strict` for the high-stakes heads, `default` otherwise."""
    return np.array([th[l]["strict" if l in HIGH_STAKES else "default"] for l in LABELS], np.float64)


def benign_by_source(rows):
    """{source: row indices} of the validation rows known benign on every harmful head."""
    out = {}
    for i, r in enumerate(rows):
        if all(r["y"].get(l) == 0 for l in HARMFUL):
            out.setdefault(r["source"], []).append(i)
    return {k: np.asarray(v) for k, v in sorted(out.items())}


def file_sha256(p):
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


def ff_reference(rows, S, th):
    """Per benign validation source: rows and rows flagged ("any harmful head at its operating
    threshold") for scores S at thresholds th. Written for the shipped model by ff_reference.py."""
    flagged = (S >= operating_thresholds(th)[None, :].astype(np.float32))[:, HI].any(axis=1)
    return {src: {"n": int(len(ix)), "flagged": int(flagged[ix].sum())} for src, ix in benign_by_source(rows).items()}


def cap_false_flags(th, rows, Y, M, S, W, ref, min_rows=FF_MIN_ROWS, mode="strict", log=print):
    """Non-regression constraint on top of `calibrate` (option `ff_cap`), validation split only.

    For every benign validation source with at least `min_rows` benign rows, the number of its
    rows flagged (any harmful head at its operating threshold: `strict` for the high-stakes
    heads, `default` otherwise) must not exceed the reference model's count on the same rows
    (`ref`, from ff_reference_model3.json: the shipped model3 at its own thresholds). While a
    source exceeds its count, greedily raise thresholds: each candidate move unflags one
    flagged benign row of an exceeding source by raising every head that flags it to just above
    that row's score (halfway to the next validation score up; a single head when one head
    flags it). The move taken has the lowest cost per unit of excess removed, cost = weighted
    validation true positives lost on the raised heads; ties: lower cost, smaller total raise,
    then head/row order. Only raises, never lowers; `strict` <= `default` is kept. Deterministic.

    mode "strict" (ff_cap=True): each source at most the reference count. mode "noise"
    (ff_cap="noise"): each source at most reference + ceil(sqrt(2 * (reference + 1))) (about one
    standard deviation of the difference of two Poisson counts, so that a model as good as the
    reference is not forced below it by chance on 36 small counts), and the total over these
    sources at most the reference total (no aggregate regression).
    Returns (thresholds, report)."""
    th = json.loads(json.dumps(th))
    t = operating_thresholds(th)
    groups = {s: ix for s, ix in benign_by_source(rows).items() if len(ix) >= min_rows}
    missing = sorted(set(groups) - set(ref))
    if missing:
        raise SystemExit(f"ff_cap: no reference for validation sources {missing}; rerun ff_reference.py")
    allowed = {s: ref[s]["flagged"] for s in groups}
    for s, ix in groups.items():
        if ref[s]["n"] != len(ix):
            raise SystemExit(f"ff_cap: reference for {s} has {ref[s]['n']} rows, split has {len(ix)}")
    pos = (Y > 0) & (M > 0)                    # per-head validation positives
    Wp = np.where(pos, W[:, None], 0.0)
    src_of = np.full(len(rows), -1)
    names = list(groups)
    for k, s in enumerate(names):
        src_of[groups[s]] = k
    if mode == "noise":
        allowed = {s: a + int(np.ceil(np.sqrt(2 * (a + 1)))) for s, a in allowed.items()}
    elif mode != "strict":
        raise SystemExit(f"ff_cap: unknown mode {mode!r}")
    allowed_v = np.array([allowed[s] for s in names])
    total_ref = sum(ref[s]["flagged"] for s in groups) if mode == "noise" else None
    sorted_scores = [np.unique(S[:, j]) for j in range(N_LABELS)]

    def flags(tv):  # float32, as evaluate.py compares
        return (S[:, HI] >= tv[HI].astype(np.float32)[None, :]).any(axis=1)

    def excess(f):
        """Per-source excess, then (mode "noise") the aggregate excess as a last entry."""
        cnt = np.bincount(src_of[(src_of >= 0) & f], minlength=len(names))
        ex = np.maximum(cnt - allowed_v, 0)
        if total_ref is not None:
            ex = np.r_[ex, max(int(cnt.sum()) - total_ref, 0)]
        return ex, cnt

    def raise_to(j, s):
        """Just above score s on head j: halfway to the next validation score up, rounded up to 1e-4."""
        u = sorted_scores[j]
        k = np.searchsorted(u, s, side="right")
        nxt = u[k] if k < len(u) else min(1.0, s + 2e-4)
        return float(np.ceil((s + nxt) / 2 * 1e4) / 1e4)

    moves = []
    f = flags(t)
    ex, _ = excess(f)
    while ex.sum() > 0:
        bad = np.nonzero(ex[:len(names)] > 0)[0]
        if len(ex) > len(names) and ex[-1] > 0:
            bad = np.arange(len(names))
        cand = np.nonzero(f & np.isin(src_of, bad))[0]
        best = None
        for r in cand:
            heads = [j for j in HI if S[r, j] >= t[j]]
            t2 = t.copy()
            for j in heads:
                t2[j] = max(t[j], raise_to(j, float(S[r, j])))
            f2 = flags(t2)
            gain = int(ex.sum() - excess(f2)[0].sum())
            if gain <= 0:
                continue
            cost = float(sum(Wp[(S[:, j] >= t[j]) & (S[:, j] < t2[j]), j].sum() for j in heads))
            key = (cost / gain, cost, float((t2 - t).sum()), heads, int(r))
            if best is None or key < best[0]:
                best = (key, t2, f2, heads, r)
        if best is None:
            raise SystemExit("ff_cap: no threshold raise removes the excess (should not happen)")
        key, t, f, heads, r = best
        ex, _ = excess(f)
        moves.append({"row_source": rows[r]["source"], "heads": [LABELS[j] for j in heads],
                      "to": [round(float(t[j]), 4) for j in heads], "tp_lost": round(key[1], 3)})
    for j, l in enumerate(LABELS):
        v = round(float(t[j]), 4)
        if l in HIGH_STAKES:
            th[l]["strict"] = max(th[l]["strict"], v)
            th[l]["default"] = max(th[l]["default"], th[l]["strict"])
        else:
            th[l]["default"] = max(th[l]["default"], v)
    _, cnt = excess(flags(operating_thresholds(th)))
    report = {"min_rows": min_rows, "mode": mode, "moves": moves,
              **({"total": {"flagged": int(cnt.sum()), "reference_flagged": total_ref}} if total_ref is not None else {}),
              "sources": {s: {"n": int(len(groups[s])), "flagged": int(cnt[k]), "reference_flagged": int(ref[s]["flagged"])}
                          for k, s in enumerate(names)}}
    if mode == "noise":
        for s in names:
            report["sources"][s]["allowed"] = int(allowed[s])
    log(f"ff_cap: {len(moves)} threshold raises; " + ", ".join(
        f"{m['heads']}->{m['to']}" for m in moves[:40]))
    return th, report


def calibrate_val(Yv, Mv, Pv, Wv, val_rows, cfg, log=print):
    """`calibrate`, then (with cfg["ff_cap"]) the per-source non-regression constraint."""
    th, cal = calibrate(Yv, Mv, Pv, Wv)
    if not cfg.get("ff_cap"):
        return th, cal, None
    ref = json.loads(FF_REFERENCE.read_text())
    sha = file_sha256(BUILD / "val.jsonl")
    if ref["val_sha256"] != sha:
        raise SystemExit(f"ff_cap: {FF_REFERENCE.name} was computed on another validation split "
                         f"({ref['val_sha256'][:12]} vs {sha[:12]}); rerun ff_reference.py with the model3 files")
    th, rep = cap_false_flags(th, val_rows, Yv, Mv, Pv, Wv, ref["sources"], min_rows=cfg.get("ff_cap_min_rows", FF_MIN_ROWS),
                              mode="noise" if cfg["ff_cap"] == "noise" else "strict", log=log)
    return th, cal, rep


def main():
    rng_log = []

    def log(msg):
        print(msg, file=sys.stderr, flush=True)
        rng_log.append(msg)

    train_rows = read_jsonl(BUILD / "train.jsonl")
    val_rows = read_jsonl(BUILD / "val.jsonl")
    log(f"train {len(train_rows)} rows, val {len(val_rows)} rows; cfg {CFG}")
    Xt, ot, _ = cached_features("train", train_rows, CFG["max_windows"])
    Xv, ov, _ = cached_features("val", val_rows, None)
    Yt, Mt, Wt = window_arrays(source_reweight(train_rows, CFG.get("source_w")), Xt, ot)
    Yv_w, Mv_w, Wv_w = window_arrays(val_rows, Xv, ov)
    log(f"windows: train {Xt.shape[0]}, val {Xv.shape[0]}")
    # positive weights: lift rare heads (sqrt of the weighted negative/positive ratio, capped)
    pos = (Yt * Mt * Wt[:, None]).sum(0)
    neg = ((1 - Yt) * Mt * Wt[:, None]).sum(0)
    pw = np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1.0, 8.0).astype(np.float32)
    log("pos_weight " + ", ".join(f"{l}={p:.2f}" for l, p in zip(LABELS, pw)))
    net = Net(D=CFG["D"], H=CFG["H"], seed=CFG["seed"])
    train(net, Xt, Yt, Mt, Wt, Xv, Yv_w, Mv_w, Wv_w, epochs=CFG["epochs"], batch=CFG["batch"], lr=CFG["lr"],
          wd_e=CFG["wd_e"], id_drop=CFG["id_drop"], drop=CFG["drop"], pos_weight=pw, seed=CFG["seed"], log=log,
          ema=CFG.get("ema", 0.0), checks_per_epoch=CFG.get("checks", 1))
    Pv_float = text_scores(net.predict(Xv), ov, len(val_rows))
    net.quantize()
    if CFG["qat_epochs"]:
        log("quantization-aware fine-tuning of the MLP (embedding frozen at its int8 values)")
        train(net, Xt, Yt, Mt, Wt, Xv, Yv_w, Mv_w, Wv_w, epochs=CFG["qat_epochs"], batch=CFG["batch"],
              lr=CFG["qat_lr"], id_drop=0.0, drop=CFG["drop"], pos_weight=pw, seed=CFG["seed"] + 1,
              train_embed=False, log=log)
    Pv = text_scores(net.predict(Xv), ov, len(val_rows))
    Yv, Mv, Wv = label_arrays(val_rows)
    th, cal, ffcap = calibrate_val(Yv, Mv, Pv, Wv, val_rows, CFG, log=log)
    # float vs int8 agreement on validation
    qdiff = float(np.abs(Pv - Pv_float).max())
    ap_q, ap_f = {}, {}
    for j, l in enumerate(LABELS):
        k = Mv[:, j] > 0
        if Yv[k, j].sum() >= 5:
            ap_q[l] = round(avg_precision(Yv[k, j], Pv[k, j]), 4)
            ap_f[l] = round(avg_precision(Yv[k, j], Pv_float[k, j]), 4)
    log("val AP int8  " + json.dumps(ap_q))
    log("val AP float " + json.dumps(ap_f))
    MODELS.mkdir(exist_ok=True)
    version = os.environ.get("EDGEWARD_MODEL_VERSION") or datetime.date.today().isoformat()
    onnx_path = MODELS / "edgeward-tiny.onnx"
    export_onnx(net, onnx_path, doc="edgeward-tiny: hashed embedding bag (int8) + MLP, 14 sigmoid heads")
    stats = json.loads((BUILD / "data_stats.json").read_text())
    meta = {
        "name": "edgeward-tiny",
        "version": version,
        "featurizer": FEATURIZER,
        "n_buckets": N_BUCKETS,
        "labels": LABELS,
        "thresholds": th,
        "high_stakes": sorted(HIGH_STAKES),
        "architecture": {"embedding": [N_BUCKETS, net.D], "embedding_dtype": "int8", "embedding_scale": "per column",
                         "hidden": [net.D, net.H], "heads": N_LABELS, "activation": "relu", "output": "sigmoid",
                         "window_tokens": 96, "window_stride": 64, "aggregate": "max over windows"},
        "training": {
            "config": CFG,
            "rows": {"train": len(train_rows), "validation": len(val_rows)},
            "windows": {"train": int(Xt.shape[0]), "validation": int(Xv.shape[0])},
            "positives": stats["positives"],
            "sources": {k: v["rows"] for k, v in stats["composition"].items()},
            "dedup_against_eval": stats["dedup_against_eval"],
            "synthetic_generator": stats.get("synth"),
            "validation": {"average_precision": ap_q, "average_precision_float": ap_f,
                           "operating_points": cal, **({"ff_cap": ffcap} if ffcap else {}), "max_abs_int8_vs_float": round(qdiff, 5)},
            "onnx_bytes": onnx_path.stat().st_size,
        },
    }
    (MODELS / "edgeward-tiny.json").write_text(json.dumps(meta, indent=1) + "\n")
    np.savez(BUILD / "val_scores.npz", P=Pv, Y=Yv, M=Mv)
    (BUILD / "train_log.txt").write_text("\n".join(rng_log) + "\n")
    log(f"wrote {onnx_path} ({onnx_path.stat().st_size} bytes); thresholds {json.dumps(th)}")


def avg_precision(y, s):
    P, R, _ = pr_points(y, s)
    Rp = np.r_[0.0, R]
    return float(np.sum((Rp[1:] - Rp[:-1]) * P))


if __name__ == "__main__":
    main()
