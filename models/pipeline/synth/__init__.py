"""Synthetic and templated training data for edgeward's safety classifier.

    from synth import generate, generate_conversations
    rows = generate(seed=0)           # [{"text", "labels", "direction", "lang", "source"}, ...]
    convs = generate_conversations(0) # [{"turns": [...], "labels": [...], "kind": ...}, ...]

Families (one module each) cover the categories public data lacks, each with matched
hard negatives that share its vocabulary and its forms (question, imperative, first-person
statement, long context, fiction / role-play, pasted document, assistant output), in
English, Spanish, French, German and Portuguese (~25 % non-English).
Deterministic for a seed: every family draws from its own ``random.Random("<seed>:<name>")``.
See README.md for label conventions.
"""

from __future__ import annotations

import random

from . import (
    advice,
    child_safety,
    cyber,
    drugs,
    elections,
    fraud,
    hard_negatives,
    hate,
    injection,
    outputs,
    privacy,
    self_harm,
    sexual,
    violence,
    weapons,
)
from . import content, ml_more
from .conversations import generate_conversations
from .core import LABELS, LANGS, norm_key

__all__ = ["generate", "generate_conversations", "FAMILIES", "LABELS", "LANGS"]

FAMILIES = (
    self_harm,
    child_safety,
    sexual,
    violence,
    weapons,
    drugs,
    cyber,
    hate,
    fraud,
    privacy,
    advice,
    elections,
    injection,
    outputs,
    hard_negatives,
)

# Data trial (models/DATA_TRIAL.md): user-written harmful content and assistant outputs with
# matched hard negatives (content.py), and more es/fr/de/pt requests per category (ml_more.py).
# Appended after the model3 families, so with the flag off `generate` is unchanged. Off: the trial did
# not pass its acceptance rule and was not shipped (models/DATA_TRIAL.md); model3's data as before.
DATA_TRIAL = False
TRIAL_FAMILIES = (content, ml_more)
# Run 2 of the trial: the trial families' rows labelled with these heads are left out (run 1: none).
TRIAL_DROP_LABELS = frozenset({"privacy", "cyber"})

_KEYS = ("text", "labels", "direction", "lang", "source")


def generate(seed: int = 0, meta: bool = False) -> list[dict]:
    """All synthetic rows for ``seed``, deduplicated and deterministically shuffled.

    With ``meta=True`` each row also has ``form`` (question / imperative / statement /
    long / fiction / document / output) and ``tag`` (sub-family), for analysis only.
    """
    rows: list[dict] = []
    seen: dict[str, tuple[str, ...]] = {}
    for fam in FAMILIES + (TRIAL_FAMILIES if DATA_TRIAL else ()):
        rng = random.Random(f"{seed}:{fam.NAME}")
        for r in fam.generate(rng):
            if fam in TRIAL_FAMILIES and TRIAL_DROP_LABELS & set(r["labels"]):
                continue
            k = norm_key(r["text"])
            if not k or k in seen:
                continue  # first family wins; labels of a duplicate are never merged
            seen[k] = tuple(r["labels"])
            rows.append(r)
    random.Random(f"{seed}:shuffle").shuffle(rows)
    out = []
    for r in rows:
        row = {k: r[k] for k in _KEYS}
        row["labels"] = sorted(set(row["labels"]), key=LABELS.index)
        if meta:
            row["form"] = r.get("_form", "")
            row["tag"] = r.get("_tag", "")
        out.append(row)
    return out
