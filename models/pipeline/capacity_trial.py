"""Capacity trial: same int8 byte budget, fewer hashed buckets, wider embedding (an experiment;
it writes no model). Features are the fx1 ids from `edgeward featurize` (cached by train.py),
remapped to fewer buckets with `1 + (id - 1) % (B - 1)`, then de-duplicated per window and
re-weighted 1/sqrt(#distinct ids), as a featurizer hashing into B buckets would give them.

    python capacity_trial.py [VARIANT ...]   (default: all; then prints the table)
    python capacity_trial.py --table         (only the table, from models/build/capacity/*.json)

Each variant is trained exactly as train.py trains the shipped model (its CFG, positive
weights, early stopping on validation loss, int8 with one scale per column, quantization-aware
fine-tuning of the MLP) and calibrated on the validation split only; then scored through the
exported ONNX graph (onnx_forward) on the headline EVAL sets and the private held-out set.
Variant `a` (65536 x 28) must reproduce models/edgeward-tiny.onnx byte for byte.
The pre-registered selection rule is the validation loss (int8, after fine-tuning), as for
every other training setting; the EVAL and held-out numbers are reported, not selected on.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

import model as model_mod
from common import BUILD, HIGH_STAKES, LABELS, MODELS, N_BUCKETS, N_LABELS, read_jsonl
from evalsets import load_eval_sets
from evaluate import HI, TARGETS
from heldout_eval import heldout_results, score_heldout
from model import Net, eval_loss, export_onnx, train
from onnx_forward import OnnxNumpy
from train import (CFG, avg_precision, cached_features, calibrate_val, ff_reference, label_arrays, source_reweight,
                   text_scores, window_arrays)

OUT = BUILD / "capacity"
# name: (buckets, embedding width D, hidden width H, seed offset); a seed offset changes every
# random stream (initialisation, batching, dropout), to see how much a single run varies.
VARIANTS = {
    "a": (65536, 28, 64, 0),    # the shipped shape
    "b": (32768, 56, 64, 0),
    "c": (16384, 112, 64, 0),
    "b_h128": (32768, 56, 128, 0),
    "a_s1": (65536, 28, 64, 1),
    "b_s1": (32768, 56, 64, 1),
    "b_h128_s1": (32768, 56, 128, 1),
    "a_s2": (65536, 28, 64, 2),
    "b_s2": (32768, 56, 64, 2),
    "b_h128_s2": (32768, 56, 128, 2),
}


def remap(X, nb):
    """fx1 ids (1..65535) -> 1..nb-1, distinct per window, weighted 1/sqrt(#ids)."""
    if nb == N_BUCKETS:
        return X
    X = X.tocsr()
    idx = 1 + (X.indices.astype(np.int64) - 1) % (nb - 1)
    Y = sp.csr_matrix((np.ones(len(idx), np.float32), idx, X.indptr.copy()), shape=(X.shape[0], nb))
    Y.sum_duplicates()
    n = np.diff(Y.indptr)
    Y.data = np.repeat((1.0 / np.sqrt(np.maximum(n, 1))).astype(np.float32), n)
    return Y


def make_net(nb, D, H, seed):
    """model.Net with an nb-row embedding (Net sizes its table from model.N_BUCKETS)."""
    saved = model_mod.N_BUCKETS
    model_mod.N_BUCKETS = nb
    try:
        return Net(D=D, H=H, seed=seed)
    finally:
        model_mod.N_BUCKETS = saved


def run_variant(name):
    nb, D, H, off, *over = VARIANTS[name]
    cfg = dict(CFG, seed=CFG["seed"] + off, **(over[0] if over else {}))
    t0 = time.time()
    log_lines = []

    def log(msg):
        print(f"[{name}] {msg}", file=sys.stderr, flush=True)
        log_lines.append(msg)

    train_rows = read_jsonl(BUILD / "train.jsonl")
    val_rows = read_jsonl(BUILD / "val.jsonl")
    Xt, ot, _ = cached_features("train", train_rows, cfg["max_windows"])
    Xv, ov, _ = cached_features("val", val_rows, None)
    Xt, Xv = remap(Xt, nb), remap(Xv, nb)
    Yt, Mt, Wt = window_arrays(source_reweight(train_rows, cfg.get("source_w")), Xt, ot)
    Yv_w, Mv_w, Wv_w = window_arrays(val_rows, Xv, ov)
    pos = (Yt * Mt * Wt[:, None]).sum(0)
    neg = ((1 - Yt) * Mt * Wt[:, None]).sum(0)
    pw = np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1.0, 8.0).astype(np.float32)
    used = int(np.unique(Xt.indices).size)
    log(f"{nb} buckets x D={D}, H={H}; train windows {Xt.shape[0]}, mean distinct ids/window "
        f"{Xt.nnz / Xt.shape[0]:.1f}; buckets used by train {used}")
    net = make_net(nb, D, H, cfg["seed"])
    if cfg.get("glove"):  # pretrain_trial.py: rows E + G·P over pretrained word vectors
        from pretrained import bucket_vectors
        G, glove_stats = bucket_vectors(cfg["glove"])
        assert nb == N_BUCKETS, "pretrained rows are for the fx1 buckets"
        net.attach_pretrained(G)
        log(f"pretrained word vectors: {glove_stats}")
    train(net, Xt, Yt, Mt, Wt, Xv, Yv_w, Mv_w, Wv_w, epochs=cfg["epochs"], batch=cfg["batch"], lr=cfg["lr"],
          wd_e=cfg["wd_e"], id_drop=cfg["id_drop"], drop=cfg["drop"], pos_weight=pw, seed=cfg["seed"], log=log,
          ema=cfg.get("ema", 0.0), checks_per_epoch=cfg.get("checks", 1))
    val_loss_float = eval_loss(net, Xv, Yv_w, Mv_w, Wv_w, pw)
    net.quantize()
    if cfg["qat_epochs"]:
        train(net, Xt, Yt, Mt, Wt, Xv, Yv_w, Mv_w, Wv_w, epochs=cfg["qat_epochs"], batch=cfg["batch"],
              lr=cfg["qat_lr"], id_drop=0.0, drop=cfg["drop"], pos_weight=pw, seed=cfg["seed"] + 1,
              train_embed=False, log=log)
    val_loss = eval_loss(net, Xv, Yv_w, Mv_w, Wv_w, pw)
    Pv = text_scores(net.predict(Xv), ov, len(val_rows))
    Yv, Mv, Wv = label_arrays(val_rows)
    th0, _, _ = calibrate_val(Yv, Mv, Pv, Wv, val_rows, dict(cfg, ff_cap=False), log=log)
    th, _, ffcap = calibrate_val(Yv, Mv, Pv, Wv, val_rows, cfg, log=log)
    ap = {}
    for j, l in enumerate(LABELS):
        k = Mv[:, j] > 0
        if Yv[k, j].sum() >= 5:
            ap[l] = avg_precision(Yv[k, j], Pv[k, j])
    thr = np.array([th[l]["strict" if l in HIGH_STAKES else "default"] for l in LABELS], np.float32)
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "m.onnx"
        export_onnx(net, p, doc="edgeward-tiny: hashed embedding bag (int8) + MLP, 14 sigmoid heads")
        raw = p.read_bytes()
        onnx_net = OnnxNumpy(p)
    res = {"variant": name, "buckets": nb, "D": D, "H": H, "cfg": cfg, "overrides": over[0] if over else {}, "onnx_bytes": len(raw),
           "onnx_sha256": hashlib.sha256(raw).hexdigest(),
           "val_loss": val_loss, "val_loss_float": val_loss_float,
           "val_ap_mean": float(np.mean(list(ap.values()))), "val_ap": ap, "thresholds": th,
           "thresholds_uncapped": th0, "ff_cap": ffcap, "val_flags": val_flags(val_rows, Yv, Mv, Pv, th, th0)}
    shipped = MODELS / "edgeward-tiny.onnx"
    res["identical_to_shipped"] = shipped.exists() and hashlib.sha256(shipped.read_bytes()).hexdigest() == res["onnx_sha256"]

    def score_csr(X):
        return onnx_net.score_csr(remap(X, nb))

    sets = load_eval_sets()
    ev = {}
    for s in sorted({t[1] for t in TARGETS}):
        rows = sets[s]
        X, owner, _ = cached_features("eval_" + s, rows, None)
        S = text_scores(score_csr(X), owner, len(rows))
        flagged = (S >= thr[None, :])[:, HI].any(axis=1)
        anyh = S[:, HI].max(axis=1)
        y = np.array([np.nan if r["y"] is None else r["y"] for r in rows], float)
        pos_, neg_ = y == 1, y == 0
        ev[s] = {"recall": float(flagged[pos_].mean()) if pos_.any() else None,
                 "false_flag_rate": float(flagged[neg_].mean()) if neg_.any() else None}
        if pos_.any() and neg_.any():
            ev[s]["auprc"] = avg_precision(y[pos_ | neg_], anyh[pos_ | neg_])
    res["eval"] = ev
    items, SH = score_heldout(score_csr, N_LABELS)
    res["heldout"] = heldout_results(items, SH, thr, HI)
    res["seconds"] = round(time.time() - t0, 1)
    res["log"] = log_lines
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(res, indent=1) + "\n")
    log(f"done in {res['seconds']} s; val_loss {val_loss:.4f}; {len(raw)} bytes; "
        f"identical to shipped: {res['identical_to_shipped']}")
    return res


def val_flags(rows, Yv, Mv, Pv, th, th0):
    """Validation split, at the operating thresholds (and before the ff_cap raises): any-harmful
    recall on rows with a harmful label, false-flag rate on rows benign on every harmful head,
    and the per-source benign flag counts."""
    hi = np.array(HI)
    harm = ((Yv[:, hi] > 0) & (Mv[:, hi] > 0)).any(axis=1)
    out = {}
    for tag, t in (("capped", th), ("uncapped", th0)):
        thr = np.array([t[l]["strict" if l in HIGH_STAKES else "default"] for l in LABELS], np.float32)
        fl = (Pv >= thr[None, :])[:, hi].any(axis=1)
        per = ff_reference(rows, Pv, t)
        nb = sum(v["n"] for v in per.values())
        out[tag] = {"recall": float(fl[harm].mean()), "false_flag_rate": sum(v["flagged"] for v in per.values()) / nb,
                    "by_source": per}
    return out


def short(label):
    """A TARGETS label, shortened for a table header."""
    for a, b in ((" (any harmful)", ""), (" prompts", ""), (" false-flag rate", " FF"), (" recall", " R"),
                 (" (benign)", ""), (" (standard)", ""), ("OpenAI moderation", "OAI-mod"), ("CyberSecEval MITRE FRR", "CSE MITRE"),
                 ("NQ-open efficientqa test", "NQ"), ("SimpleSafetyTests", "SST")):
        label = label.replace(a, b)
    return label


def table():
    rows = [json.loads((OUT / f"{n}.json").read_text()) for n in VARIANTS if (OUT / f"{n}.json").exists()]
    if not rows:
        return "no results yet"
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f}%"
    hdr = ["variant", "buckets x D, H, seed", "val loss (int8)", "val loss (float)", "val AP mean"]
    hdr += [short(lab) for lab, *_ in TARGETS]
    hdr += ["held-out recall", "held-out false flags", "held-out AUPRC", "ONNX bytes"]
    out = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
    for r in rows:
        c = [r["variant"], f"{r['buckets']} x {r['D']}, {r['H']}, seed {r['cfg']['seed']}"
             + "".join(f", {k}={v}" for k, v in r.get("overrides", {}).items()), f"{r['val_loss']:.4f}",
             f"{r['val_loss_float']:.4f}", f"{r['val_ap_mean']:.4f}"]
        for _, s, key, _, _ in TARGETS:
            v = r["eval"][s].get(key)
            c.append(f"{v:.3f}" if key == "auprc" else pct(v))
        h = r["heldout"]["all"]
        c += [pct(h["recall"]), pct(h["false_flag_rate"]), f"{h['auprc']:.3f}", f"{r['onnx_bytes']:,}"]
        out.append("| " + " | ".join(c) + " |")
    return "\n".join(out) + "\n\n" + summary(rows)


def summary(rows):
    """Per shape: mean over its seeds, and (min-max)."""
    shapes = {}
    for r in rows:
        shapes.setdefault((r["buckets"], r["D"], r["H"], json.dumps(r.get("overrides", {}))), []).append(r)
    cols = [("val loss", lambda r: r["val_loss"], "{:.4f}"), ("val AP mean", lambda r: r["val_ap_mean"], "{:.4f}")]
    cols += [(short(lab), lambda r, s=s, key=key: r["eval"][s][key], "{:.3f}" if key == "auprc" else "pct")
             for lab, s, key, _, _ in TARGETS]
    cols += [("held-out recall", lambda r: r["heldout"]["all"]["recall"], "pct"),
             ("held-out false flags", lambda r: r["heldout"]["all"]["false_flag_rate"], "pct")]

    def fmt(f, v):
        return f"{100 * v:.1f}" if f == "pct" else f.format(v)

    out = ["| buckets x D, H | seeds | " + " | ".join(c[0] for c in cols) + " |", "|" + "---|" * (len(cols) + 2)]
    for (nb, D, H, over), rs in shapes.items():
        c = [f"{nb} x {D}, {H}" + "".join(f", {k}={v}" for k, v in json.loads(over).items()), str(len(rs))]
        for _, get, f in cols:
            v = np.array([get(r) for r in rs], float)
            c.append(fmt(f, v.mean()) + (f" ({fmt(f, v.min())}–{fmt(f, v.max())})" if len(v) > 1 else ""))
        out.append("| " + " | ".join(c) + " |")
    return "\n".join(out)


def main(argv):
    if argv != ["--table"]:
        for name in argv or list(VARIANTS):
            run_variant(name)
    print(table())


if __name__ == "__main__":
    main(sys.argv[1:])
