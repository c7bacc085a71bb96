# mk/eval.mk: the pre-release evaluation (issue 9; `edgeward eval`, src/eval/).
#
#   make eval        the full run: writes evals/report/ (REPORT.md, report.json, img/*.svg)
#                    and checks the release gates in evals/gates.toml (fails naming them)
#   make test-eval   the CI subset: the eval unit tests, the conversation and
#                    regression suites, and `edgeward eval --fast` (every 10th dataset
#                    item) into a scratch folder, gates checked
#
# The datasets come from ../shared/datasets (EDGEWARD_DATASETS or DATASETS= to change).

DATASETS ?= $(or $(EDGEWARD_DATASETS),../shared/datasets)
EVAL_GATES ?= evals/gates.toml
EVAL_OUT ?= evals/report
EVAL_FAST_OUT ?= $(CARGO_TARGET_DIR)/eval-fast

.PHONY: eval test-eval

## eval: the full pre-release evaluation report and release gates
eval: cli
	$(EDGEWARD) eval --datasets $(DATASETS) --gates $(EVAL_GATES) --out $(EVAL_OUT)

## test-eval: the fast CI subset of the evaluation
test-eval: cli
	cargo test --release --lib eval::
	cargo test --release --test conversation --test eval_regressions --test eval_cli
	$(EDGEWARD) eval --fast --datasets $(DATASETS) --gates $(EVAL_GATES) --out $(EVAL_FAST_OUT)
