"""Sequence trial (models/SEQ_TRIAL.md): does a model that sees word order beat the bag on the same
tokens, the same data and the same trainer?

    python seq_trial.py bag conv [--seed N]     train and score the named variants
    python seq_trial.py --table                 print the results table
    python seq_trial.py --gradcheck             backward against finite differences (float64)

Both variants embed each token as the sum of its hashed features (its word, its character 3-5-grams,
and the bigram it ends) in one 65,536 x 28 table, as fx1 does; a Python tokenizer (lower-cased runs of
letters and digits, windows of 96 tokens with stride 64) stands in for the Rust one.

- `bag`:  the mean of the token vectors -> +b1, ReLU -> 64 -> 14 (edgeward-tiny's shape).
- `conv`: the same, plus a width-3 convolution over the token vectors (84 -> 64, ReLU, max over
  the window) concatenated before the 64-unit layer: it can tell "execute someone" from "execute a
  query" by position, where the bag only has the bigram.

Float weights, train.py's loss (masked, weighted, pos_weight), Adam, token dropout 0.25, 3 epochs with
a validation pass every half epoch, best validation loss kept; thresholds calibrated on the validation
split by train.calibrate; texts scored as the max over their windows. Writes
models/build/seq_trial/<variant>_s<seed>.json.
"""
from __future__ import annotations

import json
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from common import BUILD, HARMFUL, LABELS, N_BUCKETS, N_LABELS, WINDOW_STRIDE as STRIDE, WINDOW_TOKENS as WIN, WORD, read_jsonl
from evalsets import load_eval_sets
from heldout_eval import heldout_inputs, heldout_results, load_heldout
from train import avg_precision, calibrate, label_arrays, operating_thresholds, text_scores

OUT = BUILD / "seq_trial"
MAX_WIN_TRAIN, MAX_WIN_EVAL = 4, 16
D, H, C = 28, 64, 64
TOKEN_DROP, EPOCHS, CHECKS = 0.25, 3, 2  # checks: validation passes per epoch (best kept)
HI = [LABELS.index(l) for l in HARMFUL]
EVAL_KEYS = ["openai_moderation", "xstest", "simplesafetytests", "harmbench_standard", "advbench",
             "clinc_test", "nq_efficientqa_test", "cse_mitre_frr", "jbb_benign", "strongreject"]


def bucket(s: str) -> int:
    return zlib.crc32(s.encode()) % (N_BUCKETS - 1) + 1


class Tokens:
    """Token occurrences of many windows: a vocabulary of token strings (each a sparse row of its
    hashed word and character n-gram features) and, per occurrence, its vocabulary index and the
    bucket of the bigram it ends."""

    def __init__(self):
        self.vocab: dict[str, int] = {}
        self.rows: list[list[int]] = []

    def vid(self, tok: str) -> int:
        v = self.vocab.get(tok)
        if v is None:
            v = self.vocab[tok] = len(self.rows)
            w = f"<{tok}>"
            feats = {bucket("u:" + tok)}
            for n in (3, 4, 5):
                feats.update(bucket(f"c{n}:" + w[i:i + n]) for i in range(max(1, len(w) - n + 1)))
            self.rows.append(sorted(feats))
        return v

    def matrix(self) -> sp.csr_matrix:
        ind = np.concatenate([np.asarray(r, np.int32) for r in self.rows])
        ptr = np.r_[0, np.cumsum([len(r) for r in self.rows])]
        data = np.repeat(1.0 / np.sqrt([len(r) for r in self.rows]), [len(r) for r in self.rows]).astype(np.float32)
        return sp.csr_matrix((data, ind, ptr), shape=(len(self.rows), N_BUCKETS))

    def windows(self, rows, max_win):
        """(vocab ids, bigram buckets, window offsets, owner row of each window)."""
        vids, bis, offs, owner = [], [], [0], []
        for i, r in enumerate(rows):
            toks = ["d:" + r.get("direction", "prompt")] + WORD.findall(r["text"].lower())
            starts = list(range(0, max(1, len(toks) - WIN + STRIDE), STRIDE))[:max_win]
            for s in starts:
                win = toks[s:s + WIN]
                for k, t in enumerate(win):
                    vids.append(self.vid(t))
                    bis.append(bucket(f"b:{win[k - 1]} {t}") if k else 0)
                offs.append(len(vids))
                owner.append(i)
        return (np.asarray(vids, np.int32), np.asarray(bis, np.int32), np.asarray(offs, np.int64),
                np.asarray(owner, np.int64))


class Adam:
    def __init__(self, params, lr):
        self.p, self.lr, self.t = params, lr, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, grads):
        self.t += 1
        b1, b2 = 0.9, 0.999
        for k, g in grads.items():
            self.m[k] = b1 * self.m[k] + (1 - b1) * g
            self.v[k] = b2 * self.v[k] + (1 - b2) * g * g
            mh = self.m[k] / (1 - b1 ** self.t)
            vh = self.v[k] / (1 - b2 ** self.t)
            self.p[k] -= self.lr * mh / (np.sqrt(vh) + 1e-8)


class SeqNet:
    def __init__(self, conv: bool, seed: int):
        rs = np.random.RandomState(seed)
        self.conv = conv
        self.P = {"E": (rs.randn(N_BUCKETS, D) * 0.15).astype(np.float32), "b1": np.zeros(D, np.float32),
                  "W2": (rs.randn(D + (C if conv else 0), H) * np.sqrt(2.0 / D)).astype(np.float32),
                  "b2": np.zeros(H, np.float32),
                  "W3": (rs.randn(H, N_LABELS) * np.sqrt(1.0 / H)).astype(np.float32),
                  "b3": np.full(N_LABELS, -3.0, np.float32)}
        self.P["E"][0] = 0
        if conv:
            self.P["Wc"] = (rs.randn(3 * D, C) * np.sqrt(2.0 / (3 * D))).astype(np.float32)
            self.P["bc"] = np.zeros(C, np.float32)

    def forward(self, V, data, widx, train=False, rng=None):
        """Scores of windows `widx`; with train=True also the cache for backward."""
        vids, bis, offs = data
        lens = (offs[widx + 1] - offs[widx]).astype(np.int64)
        T = int(lens.max())
        B = len(widx)
        pos = np.concatenate([np.arange(n) for n in lens])
        row = np.repeat(np.arange(B), lens)
        occ = np.concatenate([np.arange(offs[w], offs[w + 1]) for w in widx])
        uv, inv = np.unique(vids[occ], return_inverse=True)
        Vu = V[uv]
        E = self.P["E"]
        e = np.asarray(Vu @ E)[inv] + E[bis[occ]] * (bis[occ] > 0)[:, None]
        if train:  # token dropout (the bag trainer drops feature ids)
            keep = (rng.random_sample(len(occ)) >= TOKEN_DROP).astype(np.float32)
            e = e * keep[:, None]
        X = np.zeros((B, T, D), E.dtype)
        X[row, pos] = e
        mask = np.zeros((B, T), np.float32)
        mask[row, pos] = 1
        bag = X.sum(1) / lens[:, None]
        z1 = bag + self.P["b1"]
        a1 = np.maximum(z1, 0)
        parts = [a1]
        if self.conv:
            Xp = np.pad(X, ((0, 0), (1, 1), (0, 0)))
            X3 = np.concatenate([Xp[:, :-2], Xp[:, 1:-1], Xp[:, 2:]], axis=2)  # (B,T,3D)
            Zc = X3 @ self.P["Wc"] + self.P["bc"]
            Ac = np.maximum(Zc, 0) * mask[:, :, None]
            am = Ac.argmax(1)  # (B,C)
            pooled = np.take_along_axis(Ac, am[:, None, :], 1)[:, 0]
            parts.append(pooled)
        h1 = np.concatenate(parts, 1) if len(parts) > 1 else a1
        z2 = h1 @ self.P["W2"] + self.P["b2"]
        a2 = np.maximum(z2, 0)
        dm = None
        if train:
            dm = (rng.random_sample(a2.shape) >= 0.2).astype(np.float32) / 0.8
            a2 = a2 * dm
        z3 = a2 @ self.P["W3"] + self.P["b3"]
        p = 1.0 / (1.0 + np.exp(-np.clip(z3, -40, 40)))
        if not train:
            return p
        cache = dict(uv=uv, inv=inv, Vu=Vu, occ=occ, row=row, pos=pos, lens=lens, keep=keep, z1=z1, h1=h1, z2=z2,
                     dm=dm, a2=a2, B=B, T=T)
        if self.conv:
            cache.update(X3=X3, Zc=Zc, am=am)
        return p, cache

    def backward(self, dz3, c, bis_occ):
        g = {"W3": c["a2"].T @ dz3, "b3": dz3.sum(0)}
        dz2 = (dz3 @ self.P["W3"].T) * c["dm"] * (c["z2"] > 0)
        g["W2"], g["b2"] = c["h1"].T @ dz2, dz2.sum(0)
        dh1 = dz2 @ self.P["W2"].T
        dz1 = dh1[:, :D] * (c["z1"] > 0)
        g["b1"] = dz1.sum(0)
        de = (dz1 / c["lens"][:, None])[c["row"]]  # per occurrence, from the mean
        if self.conv:
            B, T = c["B"], c["T"]
            dpool = dh1[:, D:]
            dZ = np.zeros((B, T, C), dpool.dtype)
            bi, ci = np.meshgrid(np.arange(B), np.arange(C), indexing="ij")
            dZ[bi, c["am"], ci] = dpool
            dZ *= (c["Zc"] > 0)
            g["Wc"] = c["X3"].reshape(-1, 3 * D).T @ dZ.reshape(-1, C)
            g["bc"] = dZ.sum((0, 1))
            dX3 = dZ @ self.P["Wc"].T
            dX = dX3[:, :, D:2 * D].copy()
            dX[:, :-1] += dX3[:, 1:, :D]  # x_t is position t+1's left neighbour
            dX[:, 1:] += dX3[:, :-1, 2 * D:]  # and position t-1's right neighbour
            de = de + dX[c["row"], c["pos"]]
        de = de * c["keep"][:, None]
        du = np.zeros((len(c["uv"]), D), de.dtype)
        np.add.at(du, c["inv"], de)
        gE = np.asarray(c["Vu"].T @ du, de.dtype)
        nz = bis_occ > 0
        np.add.at(gE, bis_occ[nz], de[nz])
        gE[0] = 0
        g["E"] = gE
        return g


def bce_grad(p, y, m, w, pw):
    p = np.clip(p, 1e-7, 1 - 1e-7)
    loss = -(pw * y * np.log(p) + (1 - y) * np.log(1 - p)) * m * w[:, None]
    dz = (pw * y * (p - 1) + (1 - y) * p) * m * w[:, None]
    norm = (m * w[:, None]).sum() + 1e-9
    return float(loss.sum() / norm), dz / norm


def scores(net, V, data, owner, n_texts, batch=512):
    nw = len(data[2]) - 1
    P = np.concatenate([net.forward(V, data, np.arange(i, min(nw, i + batch))) for i in range(0, nw, batch)])
    return text_scores(P.astype(np.float32), owner, n_texts)


def run(variant: str, seed: int):
    t0 = time.time()
    tok = Tokens()
    train_rows, val_rows = read_jsonl(BUILD / "train.jsonl"), read_jsonl(BUILD / "val.jsonl")
    tr = tok.windows(train_rows, MAX_WIN_TRAIN)
    va = tok.windows(val_rows, MAX_WIN_EVAL)
    items = load_heldout()
    ho_rows, plan = heldout_inputs(items)
    ho = tok.windows(ho_rows, MAX_WIN_EVAL)
    evs = load_eval_sets()
    ev = {k: tok.windows(evs[k], MAX_WIN_EVAL) for k in EVAL_KEYS}
    V = tok.matrix()
    print(f"[{variant} s{seed}] vocab {len(tok.rows)}, train windows {len(tr[3])}, "
          f"tokens {len(tr[0])}, {time.time() - t0:.0f}s", flush=True)
    Y, M, W = label_arrays(train_rows)
    Yw, Mw, Ww = Y[tr[3]], M[tr[3]], W[tr[3]]
    pos_ = (Yw * Mw * Ww[:, None]).sum(0)
    neg_ = ((1 - Yw) * Mw * Ww[:, None]).sum(0)
    pw = np.clip(np.sqrt(neg_ / np.maximum(pos_, 1)), 1.0, 8.0).astype(np.float32)
    Yv, Mv, Wv = label_arrays(val_rows)
    net = SeqNet(variant == "conv", seed)
    opt = Adam(net.P, 3e-3)
    rng = np.random.RandomState(seed)
    data = tr[:3]
    nw = len(tr[3])
    best = (np.inf, None)
    starts = list(range(0, nw, 256))
    marks = {starts[len(starts) * (k + 1) // CHECKS - 1] for k in range(CHECKS)}
    for ep in range(EPOCHS):
        order = rng.permutation(nw)
        tot = 0.0
        for b in starts:
            widx = order[b:b + 256]
            p, cache = net.forward(V, data, widx, train=True, rng=rng)
            loss, dz = bce_grad(p, Yw[widx], Mw[widx], Ww[widx], pw)
            tot += loss * len(widx)
            opt.step(net.backward(dz.astype(np.float32), cache, data[1][cache["occ"]]))
            if b in marks:
                Sv = scores(net, V, va[:3], va[3], len(val_rows))
                vl, _ = bce_grad(Sv, Yv, Mv, Wv, pw)
                print(f"[{variant} s{seed}] epoch {ep + 1} at {b / nw:.0%}: train {tot / (b + len(widx)):.4f} "
                      f"val {vl:.4f} ({time.time() - t0:.0f}s)", flush=True)
                if vl < best[0]:
                    best = (vl, {k: v.copy() for k, v in net.P.items()})
    net.P.update(best[1])
    Sv = scores(net, V, va[:3], va[3], len(val_rows))
    th, _ = calibrate(Yv, Mv, Sv, Wv)
    thr = operating_thresholds(th).astype(np.float32)
    ap = [avg_precision(Yv[Mv[:, j] > 0, j], Sv[Mv[:, j] > 0, j]) for j in range(N_LABELS) if Yv[Mv[:, j] > 0, j].sum() >= 5]
    res = {"variant": variant, "seed": seed, "val_loss": best[0], "val_ap_mean": float(np.mean(ap))}
    S_rows = scores(net, V, ho[:3], ho[3], len(ho_rows))
    Sh = np.stack([np.max([S_rows[k] * d for k, d in parts], axis=0) for parts in plan])
    res["heldout"] = heldout_results(items, Sh, thr, HI)["all"]
    res["eval"] = {}
    for k in EVAL_KEYS:
        S = scores(net, V, ev[k][:3], ev[k][3], len(evs[k]))
        y = np.array([r["y"] for r in evs[k]])
        fl = (S >= thr[None, :])[:, HI].any(1)
        r = {"recall": float(fl[y == 1].mean()) if (y == 1).any() else None,
             "ff": float(fl[y == 0].mean()) if (y == 0).any() else None}
        if (y == 1).any() and (y == 0).any():
            r["auprc"] = avg_precision(y.astype(float), S[:, HI].max(1))
        res["eval"][k] = r
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{variant}_s{seed}.json").write_text(json.dumps(res, indent=1))
    print(f"[{variant} s{seed}] done in {time.time() - t0:.0f}s", flush=True)


def gradcheck():
    """Backward against central finite differences, in float64 on three short texts, both variants;
    prints the largest absolute difference per parameter over a few sampled entries."""
    rs = np.random.RandomState(0)
    tok = Tokens()
    texts = ["how do I execute someone quietly", "execute a sql query please now", "kill the process"]
    vids, bis, offs, _ = tok.windows([{"text": t, "direction": "prompt"} for t in texts], 4)
    V = tok.matrix().astype(np.float64)
    data, widx = (vids, bis, offs), np.arange(len(texts))
    y = rs.randint(0, 2, (len(texts), N_LABELS)).astype(float)
    m, w, pw = np.ones_like(y), np.ones(len(texts)), np.full(N_LABELS, 2.0)

    class NoDrop:
        def random_sample(self, shape):
            return np.ones(shape)

    for variant in ("bag", "conv"):
        net = SeqNet(variant == "conv", 1)
        net.P = {k: v.astype(np.float64) for k, v in net.P.items()}
        loss = lambda: bce_grad(net.forward(V, data, widx, train=True, rng=NoDrop())[0], y, m, w, pw)[0]  # noqa: E731
        p, cache = net.forward(V, data, widx, train=True, rng=NoDrop())
        g = net.backward(bce_grad(p, y, m, w, pw)[1], cache, bis[cache["occ"]])
        used = np.unique(np.r_[V[vids].indices, bis[bis > 0]])
        for k, A in net.P.items():
            ixs = ([(u, rs.randint(D)) for u in used[:6]] if k == "E"
                   else [tuple(rs.randint(n) for n in A.shape) for _ in range(6)])
            worst = 0.0
            for ix in ixs:
                o = A[ix]
                A[ix] = o + 1e-6
                a = loss()
                A[ix] = o - 1e-6
                b = loss()
                A[ix] = o
                worst = max(worst, abs((a - b) / 2e-6 - g[k][ix]))
            print(f"{variant} {k}: max |numeric - analytic| = {worst:.1e}")


def table():
    cols = [("val loss", lambda r: f"{r['val_loss']:.4f}"), ("val AP mean", lambda r: f"{r['val_ap_mean']:.4f}"),
            ("OAI-mod AUPRC", lambda r: f"{r['eval']['openai_moderation']['auprc']:.3f}")]
    pct = lambda v: f"{100 * v:.1f}%"  # noqa: E731
    for k, m, name in [("xstest", "ff", "XSTest safe FF"), ("xstest", "recall", "XSTest unsafe R"),
                       ("simplesafetytests", "recall", "SST R"), ("harmbench_standard", "recall", "HarmBench R"),
                       ("advbench", "recall", "AdvBench R"), ("strongreject", "recall", "StrongREJECT R"),
                       ("clinc_test", "ff", "CLINC test FF"), ("nq_efficientqa_test", "ff", "NQ FF"),
                       ("cse_mitre_frr", "ff", "CSE MITRE FF"), ("jbb_benign", "ff", "JBB benign FF")]:
        cols.append((name, lambda r, k=k, m=m: pct(r["eval"][k][m])))
    cols += [("held-out recall", lambda r: pct(r["heldout"]["recall"])),
             ("held-out FF", lambda r: pct(r["heldout"]["false_flag_rate"])),
             ("held-out AUPRC", lambda r: f"{r['heldout']['auprc']:.3f}")]
    print("| variant | seed | " + " | ".join(c[0] for c in cols) + " |")
    print("|" + "---|" * (len(cols) + 2))
    for p in sorted(OUT.glob("*.json")):
        r = json.loads(p.read_text())
        print(f"| {r['variant']} | {r['seed']} | " + " | ".join(f(r) for _, f in cols) + " |")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--table"]:
        table()
    elif args == ["--gradcheck"]:
        gradcheck()
    else:
        seed = 1234
        if "--seed" in args:
            i = args.index("--seed")
            seed = int(args[i + 1])
            args = args[:i] + args[i + 2:]
        for v in args:
            run(v, seed)
