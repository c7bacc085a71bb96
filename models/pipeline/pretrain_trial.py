"""Pretrained-vector trial (model8, an experiment; it writes no model): the shipped shape,
featurizer (fx1) and training, with each embedding row parameterized as E[b] + G[b]·P, where
G[b] is the sum of the (unit-length) GloVe vectors of the frequent words whose unigram hashes
to bucket b (pretrained.py) and P, a 100 x D map, is learned with everything else. quantize()
folds G·P into E, so the exported ONNX graph, its size and the runtime are unchanged.

Question (issue #3): the bag only knows the words its training data used; a harmful request
phrased with other words (a synonym, a rarer word) gets rows that training never moved. With
P learned, a word never seen in training still lands near the words whose vectors are close
to its own. Does that generalize better (held-out set), without new false flags?

Same harness as capacity_trial.py (training as train.py, int8 + quantization-aware
fine-tuning, thresholds calibrated on the validation split, scored through the exported ONNX
graph on the headline EVAL sets and the private held-out set).

    python pretrain_trial.py [VARIANT ...]   (then prints the table; results in models/build/pretrain/*.json)
    python pretrain_trial.py --table

Rule, fixed and committed with this script before any run (the pair trial's, over three seeds):
the pretrained rows help if, on each of the three `g50k` seeds, the validation AP mean is above
0.9487 (model3's best seed, CAPACITY_TRIAL.md) and the held-out false flags at most 5.7%
(model3's worst seed), and the three seeds' mean held-out recall is at least 84.3% (model3's
3-seed mean 82.3% + 2 points). A model that passes must then keep every EVAL target model3
meets (XSTest safe, CLINC, NQ false flags) and pass `make test-eval`'s release gates before
it could ship, through train.py and run.sh. `g50k_wd` is reported only.
"""
from __future__ import annotations

import sys

import capacity_trial as ct
from common import BUILD

ct.OUT = BUILD / "pretrain"
G50K = {"glove": 50000}
# name: (buckets, D, H, seed offset, train.py CFG overrides)
ct.VARIANTS = {
    "g50k": (65536, 28, 64, 0, G50K),
    "g50k_s1": (65536, 28, 64, 1, G50K),
    "g50k_s2": (65536, 28, 64, 2, G50K),
    # rows not covered by a word vector held closer to 0 (more of each word's row from G·P)
    "g50k_wd": (65536, 28, 64, 0, dict(G50K, wd_e=1e-4)),
}

if __name__ == "__main__":
    ct.main(sys.argv[1:])
