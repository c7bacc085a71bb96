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

import os
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
from . import content, dual_use, ml_more
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
# Appended after the model3 families, so with the trial off `generate` is model3's.
# DATA_TRIAL selects the run whose data is added: False (off: model3's data), or one of TRIAL_RUNS:
#   "run1": content + ml_more; "run2": the same without their rows labelled privacy or cyber;
#   "run3": ml_more alone (every label); "run4": dual_use alone (dual-use verbs with person and thing
#   objects, DATA_TRIAL.md "Run 4"). The environment variable EDGEWARD_DATA_TRIAL (a run's name,
#   or "off") overrides it, so a run can be rebuilt without editing this file.
# Off (model3): run 3 passed the trial's rule but fails the release gate translation_uplift (DATA_TRIAL.md).
DATA_TRIAL: str | bool = False
TRIAL_RUNS = {
    "run1": ((content, ml_more), frozenset()),
    "run2": ((content, ml_more), frozenset({"privacy", "cyber"})),
    "run3": ((ml_more,), frozenset()),
    "run4": ((dual_use,), frozenset()),
}
TRIAL_FAMILIES = (content, ml_more, dual_use)


def trial_run() -> str | None:
    """The trial run in effect (None when off)."""
    v = os.environ.get("EDGEWARD_DATA_TRIAL", "")
    v = v or DATA_TRIAL
    if v in (False, None, "", "off", "0"):
        return None
    if v not in TRIAL_RUNS:
        raise ValueError(f"unknown data trial run {v!r} (expected off or one of {sorted(TRIAL_RUNS)})")
    return v


_KEYS = ("text", "labels", "direction", "lang", "source")


def generate(seed: int = 0, meta: bool = False) -> list[dict]:
    """All synthetic rows for ``seed``, deduplicated and deterministically shuffled.

    With ``meta=True`` each row also has ``form`` (question / imperative / statement /
    long / fiction / document / output) and ``tag`` (sub-family), for analysis only.
    """
    run = trial_run()
    trial, drop = TRIAL_RUNS[run] if run else ((), frozenset())
    rows: list[dict] = []
    seen: dict[str, tuple[str, ...]] = {}
    for fam in FAMILIES + trial:
        rng = random.Random(f"{seed}:{fam.NAME}")
        for r in fam.generate(rng):
            if fam in trial and drop & set(r["labels"]):
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
