"""Shared constants and helpers for the edgeward-tiny training pipeline.

Nothing here featurizes text: features always come from the Rust featurizer
(`edgeward featurize`), so training and inference share one definition.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import scipy.sparse as sp

PIPELINE = Path(__file__).resolve().parent
MODELS = PIPELINE.parent
REPO = MODELS.parent
BUILD = MODELS / "build"
DATASETS = Path(os.environ.get("EDGEWARD_DATASETS", REPO.parent / "shared" / "datasets"))

LABELS = [
    "violence", "weapons_cbrn", "cyber", "fraud_scams", "illegal_goods",
    "hate_harassment", "sexual", "child_safety", "self_harm", "elections",
    "privacy", "prompt_attack", "specialized_advice", "elections_misinfo",
]
LIDX = {l: i for i, l in enumerate(LABELS)}
N_LABELS = len(LABELS)
# heads whose firing means "harmful" (the other two only add a banner)
BANNER_ONLY = {"elections", "specialized_advice"}
HARMFUL = [l for l in LABELS if l not in BANNER_ONLY]
HIGH_STAKES = {"weapons_cbrn", "cyber", "child_safety"}
N_BUCKETS = 1 << 16
FEATURIZER = "fx1"


# A Python approximation of the Rust featurizer's tokens and windows, for trials that need
# per-token features fx1 does not expose (pair_trial.py, seq_trial.py): lower-cased runs of
# letters and digits, windows of 96 tokens with stride 64.
WORD = re.compile(r"[^\W_]+")
WINDOW_TOKENS, WINDOW_STRIDE = 96, 64


def edgeward_bin() -> str:
    b = os.environ.get("EDGEWARD_BIN")
    if b:
        return b
    cands = []
    if os.environ.get("CARGO_TARGET_DIR"):
        cands.append(Path(os.environ["CARGO_TARGET_DIR"]) / "release" / "edgeward")
    cands += [REPO / "target" / "release" / "edgeward", Path("/work/cargo-target/release/edgeward")]
    for c in cands:
        if c.exists():
            return str(c)
    return str(cands[0])


def open_text(p: Path | str):
    p = str(p)
    if p.endswith(".gz"):
        return gzip.open(p, "rt", encoding="utf-8-sig")
    return open(p, encoding="utf-8-sig")


def read_jsonl(p):
    with open_text(p) as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(p, rows):
    p = Path(p)
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


_punct = re.compile(r"[^\w\s]", re.UNICODE)
_ws = re.compile(r"\s+")


def norm_text(t: str) -> str:
    """Normalisation used for de-duplication only (lower case, no punctuation, collapsed space)."""
    t = unicodedata.normalize("NFKC", t).lower()
    t = _punct.sub(" ", t)
    return _ws.sub(" ", t).strip()


def stable_hash(s: str) -> int:
    return int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:8], "little")


# ---------------------------------------------------------------- featurizer


def featurize(rows, max_windows: int | None = None, batch: int = 20000):
    """Run the Rust featurizer on rows ({'text','direction'}).

    Returns (X, row_of_window, win_index): X is a CSR matrix with one row per window,
    X[w, id] = weight; row_of_window[w] is the index of the input row.
    """
    binp = edgeward_bin()
    indptr = [0]
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    owner: list[int] = []
    widx: list[int] = []
    nnz = 0
    for s in range(0, len(rows), batch):
        chunk = rows[s : s + batch]
        inp = "".join(
            json.dumps({"text": r["text"], "direction": r.get("direction", "prompt")}, ensure_ascii=False) + "\n"
            for r in chunk
        ).encode("utf-8")
        res = subprocess.run([binp, "featurize"], input=inp, capture_output=True, check=False)
        if res.returncode != 0:
            sys.stderr.write(res.stderr.decode("utf-8", "replace"))
            raise RuntimeError(f"{binp} featurize failed with {res.returncode}")
        lines = res.stdout.decode("utf-8").splitlines()
        if len(lines) != len(chunk):
            raise RuntimeError(f"featurizer returned {len(lines)} lines for {len(chunk)} inputs")
        for k, line in enumerate(lines):
            wins = json.loads(line)["windows"]
            if max_windows is not None:
                wins = wins[:max_windows]
            for j, ids in enumerate(wins):
                ids = np.asarray(ids, dtype=np.int32)
                w = np.float32(1.0) / np.sqrt(np.float32(len(ids)))
                indices.append(ids)
                data.append(np.full(len(ids), w, dtype=np.float32))
                nnz += len(ids)
                indptr.append(nnz)
                owner.append(s + k)
                widx.append(j)
    X = sp.csr_matrix(
        (np.concatenate(data) if data else np.zeros(0, np.float32),
         np.concatenate(indices) if indices else np.zeros(0, np.int32),
         np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, N_BUCKETS),
    )
    return X, np.asarray(owner, dtype=np.int64), np.asarray(widx, dtype=np.int32)


def featurize_raw(rows):
    """The featurizer's raw output: a list of window-id lists per row."""
    inp = "".join(
        json.dumps({"text": r["text"], "direction": r.get("direction", "prompt")}, ensure_ascii=False) + "\n"
        for r in rows
    ).encode("utf-8")
    res = subprocess.run([edgeward_bin(), "featurize"], input=inp, capture_output=True, check=True)
    return [json.loads(l)["windows"] for l in res.stdout.decode("utf-8").splitlines()]
