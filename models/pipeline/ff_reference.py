"""Reference false-flag counts for the `ff_cap` calibration option (train.py, cap_false_flags):
per benign validation source, how many rows the reference model flags at its own thresholds.

    python ff_reference.py [MODEL.onnx MODEL.json]   (default: models/edgeward-tiny.{onnx,json})

Writes models/pipeline/ff_reference_model3.json. The committed file was computed from the shipped
model3 (edgeward-tiny 2026 release before model6) on the current validation split; it records
the split's sha256, and train.py refuses to use it on another split. Validation split only.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from common import BUILD, MODELS, read_jsonl
from onnx_forward import OnnxNumpy
from train import FF_REFERENCE, cached_features, ff_reference, file_sha256, text_scores


def main(argv):
    onnx_p = Path(argv[0]) if argv else MODELS / "edgeward-tiny.onnx"
    meta_p = Path(argv[1]) if len(argv) > 1 else MODELS / "edgeward-tiny.json"
    meta = json.loads(meta_p.read_text())
    rows = read_jsonl(BUILD / "val.jsonl")
    X, owner, _ = cached_features("val", rows, None)
    S = text_scores(OnnxNumpy(onnx_p).score_csr(X), owner, len(rows))
    out = {"model_onnx_sha256": hashlib.sha256(onnx_p.read_bytes()).hexdigest(), "model_version": meta["version"],
           "thresholds": meta["thresholds"], "val_sha256": file_sha256(BUILD / "val.jsonl"),
           "sources": ff_reference(rows, S, meta["thresholds"])}
    FF_REFERENCE.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {FF_REFERENCE}")


if __name__ == "__main__":
    main(sys.argv[1:])
