#!/usr/bin/env bash
# Rebuild edgeward-tiny end to end: training data -> features -> model -> test vectors -> model card.
#   models/pipeline/run.sh            (EDGEWARD_BIN overrides the featurizer binary)
# Deterministic for a given featurizer binary and dataset snapshot. Outputs:
#   models/edgeward-tiny.onnx, models/edgeward-tiny.json, models/test_vectors.json,
#   models/MODEL_CARD.md, models/card/*.png   (intermediate files in models/build/, git-ignored)
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
if [[ -z "${EDGEWARD_BIN:-}" ]]; then
  if [[ -n "${CARGO_TARGET_DIR:-}" ]]; then EDGEWARD_BIN="$CARGO_TARGET_DIR/release/edgeward"
  else EDGEWARD_BIN="$ROOT/target/release/edgeward"; fi
fi
if [[ ! -x "$EDGEWARD_BIN" ]]; then
  echo "run.sh: featurizer binary not found at $EDGEWARD_BIN (build it with 'cargo build --release --bin edgeward' or set EDGEWARD_BIN)" >&2
  exit 1
fi
export EDGEWARD_BIN
echo '{"text":"probe","direction":"prompt"}' | "$EDGEWARD_BIN" featurize >/dev/null
export PYTHONHASHSEED=0 OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-2}"
PY="${PYTHON:-python3}"
"$PY" -c "import numpy, scipy, onnx, matplotlib" 2>/dev/null || { echo "run.sh: needs numpy scipy onnx matplotlib (pip install numpy scipy onnx matplotlib)" >&2; exit 1; }
echo "== 1/4 training data" >&2
"$PY" build_data.py
echo "== 2/4 features + model + calibration" >&2
"$PY" train.py
echo "== 3/4 test vectors" >&2
"$PY" make_test_vectors.py
echo "== 4/4 evaluation + model card" >&2
"$PY" evaluate.py
echo "done: $(cd .. && ls -l edgeward-tiny.onnx | awk '{print $5}') bytes; see models/MODEL_CARD.md" >&2
