"""The edgeward-tiny network in numpy: an embedding bag + MLP, its training, quantization,
the float forward pass used for calibration and evaluation, and ONNX export.

    logits = W3 · relu(W2 · relu(s ⊙ Σ_i w_i·E[id_i] + b1) + b2) + b3,  scores = sigmoid(logits)

E is int8 [65536, D] with one float scale per column (s); Σ_i w_i E[id_i] with
w_i = 1/sqrt(#ids) is exactly the sparse product X·E of a row of the feature matrix.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from common import LABELS, N_BUCKETS, N_LABELS


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


class Net:
    def __init__(self, D=28, H=64, seed=0):
        rs = np.random.RandomState(seed)
        self.D, self.H = D, H
        self.E = (rs.randn(N_BUCKETS, D) * 0.15).astype(np.float32)
        self.E[0] = 0
        self.b1 = np.zeros(D, np.float32)
        self.W2 = (rs.randn(D, H) * np.sqrt(2.0 / D)).astype(np.float32)
        self.b2 = np.zeros(H, np.float32)
        self.W3 = (rs.randn(H, N_LABELS) * np.sqrt(1.0 / H)).astype(np.float32)
        self.b3 = np.full(N_LABELS, -3.0, np.float32)
        self.Eq = None  # int8 after quantize()
        self.scale = None
        # optional pretrained part of the embedding (PRETRAIN_TRIAL.md): E + G·P, with G fixed
        # ([N_BUCKETS, k] word vectors per bucket) and P ([k, D]) trained; folded into E by quantize()
        self.G = None
        self.P = None

    def attach_pretrained(self, G):
        """Embedding rows become E + G·P: G [N_BUCKETS, k] fixed, P [k, D] trained (from 0)."""
        assert G.shape[0] == self.E.shape[0]
        self.G = np.asarray(G, np.float32)
        self.P = np.zeros((G.shape[1], self.D), np.float32)

    # -------------------------------------------------------------- forward
    def embed(self, X):
        if self.Eq is not None:
            return np.asarray(X @ self.Eq.astype(np.float32), dtype=np.float32) * self.scale
        z = np.asarray(X @ self.E, dtype=np.float32)
        if self.G is not None:
            z += np.asarray(X @ self.G, dtype=np.float32) @ self.P
        return z

    def forward(self, X, train=False, rng=None, drop=0.0):
        z1 = self.embed(X) + self.b1
        a1 = np.maximum(z1, 0)
        z2 = a1 @ self.W2 + self.b2
        a2 = np.maximum(z2, 0)
        m2 = None
        if train and drop > 0:
            m2 = (rng.rand(*a2.shape) >= drop).astype(np.float32) / (1 - drop)
            a2 = a2 * m2
        z3 = a2 @ self.W3 + self.b3
        return z3, (z1, a1, z2, a2, m2)

    def predict(self, X, batch=8192):
        out = []
        for s in range(0, X.shape[0], batch):
            z, _ = self.forward(X[s:s + batch])
            out.append(sigmoid(z))
        return np.vstack(out) if out else np.zeros((0, N_LABELS), np.float32)

    # -------------------------------------------------------------- quantization
    def quantize(self, clip_pct=99.995):
        """int8, symmetric, one scale per embedding column (a pretrained part folded in first)."""
        if self.G is not None:
            self.E = (self.E + self.G @ self.P).astype(np.float32)
            self.E[0] = 0
            self.G = self.P = None
        E = self.E
        lim = np.percentile(np.abs(E[1:]), clip_pct, axis=0).astype(np.float32)
        lim = np.maximum(lim, 1e-6)
        self.scale = (lim / 127.0).astype(np.float32)
        q = np.clip(np.rint(E / self.scale), -127, 127).astype(np.int8)
        q[0] = 0
        self.Eq = q

    def params(self, embed=True):
        ps = [("b1", self.b1), ("W2", self.W2), ("b2", self.b2), ("W3", self.W3), ("b3", self.b3)]
        if embed:
            ps = [("E", self.E)] + ([("P", self.P)] if self.G is not None else []) + ps
        return ps


def train(net, X, Y, M, W, Xv=None, Yv=None, Mv=None, Wv=None, epochs=8, batch=256, lr=3e-3, wd_e=1e-6,
          id_drop=0.1, drop=0.1, pos_weight=None, seed=0, train_embed=True, restore_best=True, log=print,
          ema=0.0, checks_per_epoch=1):
    """Masked, weighted binary cross-entropy; Adam (lazy on embedding rows); deterministic.
    With validation data and `restore_best`, the parameters of the checkpoint with the lowest
    validation loss are kept (early stopping); checkpoints are taken `checks_per_epoch` times
    an epoch. With `ema` > 0 an exponential moving average of the parameters (decay
    min(ema, (1 + t) / (10 + t)) at step t) is kept too, and each checkpoint offers both the
    raw and the averaged parameters to early stopping."""
    rng = np.random.RandomState(seed)
    n = X.shape[0]
    pw = np.ones(N_LABELS, np.float32) if pos_weight is None else pos_weight.astype(np.float32)
    ps = net.params(embed=train_embed)
    m = {k: np.zeros_like(v) for k, v in ps}
    v = {k: np.zeros_like(v_) for k, v_ in ps}
    b1_, b2_, eps = 0.9, 0.999, 1e-8
    step = 0
    X = X.tocsr()
    best = (np.inf, None, 0)
    if restore_best and Xv is not None and not train_embed:
        # fine-tuning (e.g. after quantization): keep the starting point unless an epoch beats it
        best = (eval_loss(net, Xv, Yv, Mv, Wv, pw), {k: p_.copy() for k, p_ in ps}, 0)
        log(f"start val_loss {best[0]:.4f}")
    steps_per_epoch = (n + batch - 1) // batch
    total = epochs * steps_per_epoch
    shadow = {k: p_.copy() for k, p_ in ps} if ema > 0 else None
    check_at = {int(round(steps_per_epoch * (c + 1) / checks_per_epoch)) for c in range(checks_per_epoch)}

    def checkpoint(tag):
        nonlocal best
        vl = eval_loss(net, Xv, Yv, Mv, Wv, pw)
        msg = f"val_loss {vl:.4f}"
        if restore_best and vl < best[0]:
            best = (vl, {k: p_.copy() for k, p_ in ps}, tag)
        if shadow is not None:
            saved = {k: p_.copy() for k, p_ in ps}
            for k, p_ in ps:
                p_[...] = shadow[k]
            vle = eval_loss(net, Xv, Yv, Mv, Wv, pw)
            msg += f" ema_val_loss {vle:.4f}"
            if restore_best and vle < best[0]:
                best = (vle, {k: p_.copy() for k, p_ in ps}, f"{tag} (ema)")
            for k, p_ in ps:
                p_[...] = saved[k]
        return msg

    for ep in range(epochs):
        perm = rng.permutation(n)
        tot_loss = 0.0
        for s in range(0, n, batch):
            idx = np.sort(perm[s:s + batch])
            xb = X[idx]
            if id_drop > 0 and train_embed:
                keep = (rng.rand(xb.nnz) >= id_drop).astype(np.float32) / (1 - id_drop)
                xb = sp.csr_matrix((xb.data * keep, xb.indices, xb.indptr), shape=xb.shape)
            yb, mb, wb = Y[idx], M[idx], W[idx]
            z3, (z1, a1, z2, a2, m2) = net.forward(xb, train=True, rng=rng, drop=drop)
            p = sigmoid(z3)
            # weighted BCE: weight = w_i * mask * (pw if y else 1)
            lw = mb * wb[:, None] * np.where(yb > 0, pw[None, :], 1.0)
            norm = max(wb.sum(), 1e-6)
            loss = -(lw * (yb * np.log(p + 1e-7) + (1 - yb) * np.log(1 - p + 1e-7))).sum() / norm
            tot_loss += loss * len(idx)
            g3 = (lw * (p - yb) / norm).astype(np.float32)
            grads = {"W3": a2.T @ g3, "b3": g3.sum(0)}
            ga2 = g3 @ net.W3.T
            if m2 is not None:
                ga2 = ga2 * m2
            gz2 = ga2 * (z2 > 0)
            grads["W2"] = a1.T @ gz2
            grads["b2"] = gz2.sum(0)
            gz1 = (gz2 @ net.W2.T) * (z1 > 0)
            grads["b1"] = gz1.sum(0)
            if train_embed and net.G is not None:
                grads["P"] = np.asarray(xb @ net.G, dtype=np.float32).T @ gz1
            step += 1
            frac = step / total
            lr_t = lr * (0.1 + 0.9 * 0.5 * (1 + np.cos(np.pi * frac)))  # cosine to lr/10
            bc1, bc2 = 1 - b1_ ** step, 1 - b2_ ** step
            if train_embed:
                rows = np.unique(xb.indices)
                gE = np.asarray((xb.T @ gz1), dtype=np.float32)[rows]
                gE += wd_e * net.E[rows]
                me, ve = m["E"], v["E"]
                me[rows] = b1_ * me[rows] + (1 - b1_) * gE
                ve[rows] = b2_ * ve[rows] + (1 - b2_) * gE * gE
                net.E[rows] -= lr_t * (me[rows] / bc1) / (np.sqrt(ve[rows] / bc2) + eps)
                net.E[0] = 0
            for k, p_ in ps:
                if k == "E":
                    continue
                g = grads[k].astype(np.float32)
                m[k] = b1_ * m[k] + (1 - b1_) * g
                v[k] = b2_ * v[k] + (1 - b2_) * g * g
                p_ -= lr_t * (m[k] / bc1) / (np.sqrt(v[k] / bc2) + eps)
            if shadow is not None:
                d = min(ema, (1 + step) / (10 + step))
                for k, p_ in ps:
                    shadow[k] *= d
                    shadow[k] += (1 - d) * p_
            j = step - ep * steps_per_epoch
            if Xv is not None and checks_per_epoch > 1 and j in check_at and j != steps_per_epoch:
                tag = f"{ep + j / steps_per_epoch:.2f}"
                log(f"epoch {tag} " + checkpoint(tag))
        msg = f"epoch {ep + 1}/{epochs} train_loss {tot_loss / n:.4f}"
        if Xv is not None:
            msg += " " + checkpoint(ep + 1)
        log(msg)
    if restore_best and best[1] is not None:
        for k, p_ in net.params(embed=train_embed):
            p_[...] = best[1][k]
        log(f"kept epoch {best[2]} (lowest validation loss {best[0]:.4f}; 0 = the starting point)")
    return net


def eval_loss(net, X, Y, M, W, pw):
    p = net.predict(X)
    lw = M * W[:, None] * np.where(Y > 0, pw[None, :], 1.0)
    return float(-(lw * (Y * np.log(p + 1e-7) + (1 - Y) * np.log(1 - p + 1e-7))).sum() / W.sum())


# ------------------------------------------------------------------ ONNX export

def export_onnx(net, path, doc=""):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    assert net.Eq is not None, "quantize first"
    D = net.D
    inits = [
        numpy_helper.from_array(net.Eq, "E"),
        numpy_helper.from_array(net.scale.reshape(1, D).astype(np.float32), "E_scale"),
        numpy_helper.from_array(net.b1.reshape(1, D).astype(np.float32), "b1"),
        numpy_helper.from_array(net.W2.astype(np.float32), "W2"),
        numpy_helper.from_array(net.b2.reshape(1, -1).astype(np.float32), "b2"),
        numpy_helper.from_array(net.W3.astype(np.float32), "W3"),
        numpy_helper.from_array(net.b3.reshape(1, -1).astype(np.float32), "b3"),
        numpy_helper.from_array(np.array([2], np.int64), "axis2"),
        numpy_helper.from_array(np.array([1], np.int64), "axis1"),
    ]
    nodes = [
        helper.make_node("Gather", ["E", "ids"], ["g_q"], axis=0, name="gather"),          # [1,L,D] int8
        helper.make_node("Cast", ["g_q"], ["g"], to=TensorProto.FLOAT, name="dequant_cast"),
        helper.make_node("Unsqueeze", ["weights", "axis2"], ["w3d"], name="unsq"),          # [1,L,1]
        helper.make_node("Mul", ["g", "w3d"], ["gw"], name="weigh"),
        helper.make_node("ReduceSum", ["gw", "axis1"], ["bag_q"], keepdims=0, name="bag"),  # [1,D]
        helper.make_node("Mul", ["bag_q", "E_scale"], ["bag"], name="dequant_scale"),
        helper.make_node("Add", ["bag", "b1"], ["z1"], name="add_b1"),
        helper.make_node("Relu", ["z1"], ["a1"], name="relu1"),
        helper.make_node("MatMul", ["a1", "W2"], ["m2"], name="mm2"),
        helper.make_node("Add", ["m2", "b2"], ["z2"], name="add_b2"),
        helper.make_node("Relu", ["z2"], ["a2"], name="relu2"),
        helper.make_node("MatMul", ["a2", "W3"], ["m3"], name="mm3"),
        helper.make_node("Add", ["m3", "b3"], ["logits"], name="add_b3"),
        helper.make_node("Sigmoid", ["logits"], ["scores"], name="sigmoid"),
    ]
    g = helper.make_graph(
        nodes, "edgeward_tiny",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, [1, "L"]),
         helper.make_tensor_value_info("weights", TensorProto.FLOAT, [1, "L"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, [1, N_LABELS])],
        inits,
    )
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)], producer_name="edgeward-models",
                          doc_string=doc)
    m.ir_version = 7
    m.metadata_props.append(onnx.StringStringEntryProto(key="labels", value=",".join(LABELS)))
    onnx.checker.check_model(m)
    onnx.save(m, str(path))
    return m
