# Fuzzing (cargo-fuzz: libFuzzer + AddressSanitizer). See fuzz/README.md.
#
#   make fuzz-smoke                      build every target, run each FUZZ_SECONDS (60)
#   make fuzz-smoke FUZZ_SECONDS=10 FUZZ_TARGETS=bundle_load
#   make fuzz-long                       each target FUZZ_LONG_SECONDS (1 h), e.g. nightly
#   make fuzz-run-normalize FUZZ_ARGS=-runs=1000   one target, extra libFuzzer flags
#
# cargo-fuzz passes nightly-only flags (-Zsanitizer, -Cpasses=sancov-module);
# RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them. Sanitizer builds share no
# artifacts with normal ones, so they get their own target dir. New corpus entries and
# crashes go to FUZZ_WORK (git-ignored); the committed seeds in fuzz/corpus/ stay as they
# are. A crash found becomes a regression test in tests/.

FUZZ_TARGETS ?= normalize policy_compile bundle_load jsonl_line stream
FUZZ_SECONDS ?= 60
FUZZ_LONG_SECONDS ?= 3600
FUZZ_TARGET_DIR ?= $(HOME)/.cache/edgeward/target-fuzz
FUZZ_WORK ?= artifacts/fuzz
FUZZ_SANITIZER ?= address
# per-input time limit (s): a slower input is reported as a hang
FUZZ_TIMEOUT ?= 60
FUZZ_ARGS ?=

CARGO_FUZZ := RUSTC_BOOTSTRAP=1 cargo fuzz
FUZZ_FLAGS = --fuzz-dir fuzz --target-dir $(FUZZ_TARGET_DIR) --sanitizer $(FUZZ_SANITIZER)

FUZZ_DICT_policy_compile := -dict=fuzz/dict/toml.dict
FUZZ_DICT_bundle_load := -dict=fuzz/dict/json.dict
FUZZ_DICT_jsonl_line := -dict=fuzz/dict/json.dict

.PHONY: fuzz-setup fuzz-build fuzz-smoke fuzz-long

fuzz-setup:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz

fuzz-build: fuzz-setup
	$(CARGO_FUZZ) build $(FUZZ_FLAGS)

fuzz-smoke: fuzz-build
	@set -e; for t in $(FUZZ_TARGETS); do \
	  $(MAKE) --no-print-directory fuzz-run-$$t FUZZ_SECONDS=$(FUZZ_SECONDS); done
	@echo "fuzz: $(FUZZ_TARGETS): no crashes in $(FUZZ_SECONDS) s each"

fuzz-long:
	@$(MAKE) --no-print-directory fuzz-smoke FUZZ_SECONDS=$(FUZZ_LONG_SECONDS)

fuzz-run-%: fuzz-setup
	@mkdir -p $(FUZZ_WORK)/corpus/$* $(FUZZ_WORK)/crashes/$*
	$(CARGO_FUZZ) run $(FUZZ_FLAGS) $* $(FUZZ_WORK)/corpus/$* fuzz/corpus/$* -- \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_WORK)/crashes/$*/ $(FUZZ_DICT_$*) $(FUZZ_ARGS)
