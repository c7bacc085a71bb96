"""Pair-feature trial (an experiment; it writes no model): does adding word-pair features
(two words `g` tokens apart, g in GAPS, hashed into the same 65,536 buckets) to every
window help the embedding bag tell apart requests that differ in a few words ("kill a
process" / "kill my neighbour")? The model card's weakest-sources table says the bag does
not separate those even in distribution.

A prototype in Python, before any change to the Rust featurizer: the fx1 ids of each
window (`edgeward featurize`, cached by train.py) get the pair ids of the same window's
words, from a Python approximation of the tokens (lower-cased runs of letters and digits,
windows of 96 tokens with stride 64 as in fx1), then are de-duplicated and re-weighted
1/sqrt(#ids) as the featurizer weighs them. Everything else is capacity_trial.py's
harness (train.py's CFG and training, int8 and quantization-aware fine-tuning,
validation-only calibration, scoring through the exported ONNX graph on the headline EVAL
sets and the private held-out set).

    python pair_trial.py [VARIANT ...]    (results in models/build/capacity/<variant>.json)
    python capacity_trial.py a            (the control: model3, byte for byte)
    python pair_trial.py --table          (the table: the control and the pair variants)

The question is answered on validation AP and the held-out set against model3's seed range
(CAPACITY_TRIAL.md: val AP mean 0.9461-0.9487, held-out recall 79.8-86.2% (mean 82.3),
false flags 2.9-5.7%); EVAL numbers are reported, not selected on. Fixed before any run:
a gap set helps if, on both of its seeds, the validation AP mean is above 0.9487 and the
held-out false flags at most 5.7%, and its two seeds' mean held-out recall is at least
84.3% (model3's mean + 2 points). Nothing ships from this trial: a
positive answer means implementing the features in the Rust featurizer (fx2) and
retraining through run.sh.
"""
from __future__ import annotations

import sys
import zlib

import numpy as np
import scipy.sparse as sp

import capacity_trial
import heldout_eval
from common import N_BUCKETS, WINDOW_STRIDE, WINDOW_TOKENS, WORD
from train import cached_features as fx1_features

# name: (gaps, seed offset)
PAIR_VARIANTS = {
    "pairs_g2": ((2,), 0),
    "pairs_g23": ((2, 3), 0),
    "pairs_g2_s1": ((2,), 1),
    "pairs_g23_s1": ((2, 3), 1),
}
GAPS: tuple[int, ...] = ()


def pair_id(a: str, b: str, gap: int) -> int:
    return 1 + zlib.crc32(f"p{gap}:{a} {b}".encode()) % (N_BUCKETS - 1)


def with_pairs(X, owner, widx, rows):
    """X's windows with their words' pair ids added, distinct, weighted 1/sqrt(#ids)."""
    X = X.tocsr()
    toks = {}
    indptr, indices = [0], []
    for w in range(X.shape[0]):
        r = int(owner[w])
        if r not in toks:
            toks[r] = WORD.findall(rows[r]["text"].lower())
        t = toks[r][int(widx[w]) * WINDOW_STRIDE:int(widx[w]) * WINDOW_STRIDE + WINDOW_TOKENS]
        ids = set(X.indices[X.indptr[w]:X.indptr[w + 1]].tolist())
        for g in GAPS:
            ids.update(pair_id(t[i], t[i + g], g) for i in range(len(t) - g))
        indices.extend(sorted(ids))
        indptr.append(len(indices))
    n = np.diff(indptr)
    data = np.repeat((1.0 / np.sqrt(np.maximum(n, 1))).astype(np.float32), n)
    return sp.csr_matrix((data, np.array(indices, np.int32), np.array(indptr, np.int64)), shape=X.shape)


def cached_features(name, rows, max_windows=None):
    X, owner, widx = fx1_features(name, rows, max_windows)
    return (with_pairs(X, owner, widx, rows) if GAPS else X), owner, widx


def main(argv):
    global GAPS
    if argv == ["--table"]:
        capacity_trial.VARIANTS = {"a": capacity_trial.VARIANTS["a"], **{n: (N_BUCKETS, 28, 64, off) for n, (_, off) in PAIR_VARIANTS.items()}}
        print(capacity_trial.table().split("\n\n")[0])
        return
    capacity_trial.cached_features = cached_features
    heldout_eval.cached_features = cached_features
    for name in argv or list(PAIR_VARIANTS):
        GAPS, off = PAIR_VARIANTS[name]
        capacity_trial.VARIANTS[name] = (N_BUCKETS, 28, 64, off)
        capacity_trial.run_variant(name)


if __name__ == "__main__":
    main(sys.argv[1:])
