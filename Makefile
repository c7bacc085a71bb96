# edgeward: `make demo` sets everything up and screens sample text through the npm
# package; `make test` runs every test (what .ci/run runs).

SHELL := /bin/bash
.DEFAULT_GOAL := demo

# Build caches live outside the clone so repeated runs (and CI) are incremental.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/edgeward/target
export CARGO_TERM_COLOR ?= never
export WRANGLER_SEND_METRICS = false

WASM_BINDGEN_VERSION := 0.2.130
EDGEWARD := $(CARGO_TARGET_DIR)/release/edgeward

.PHONY: setup setup-rust setup-browser demo test test-rust test-policy cli model bench clean

## setup: toolchains and tools (idempotent; registries only)
setup: setup-rust

setup-rust:
	@rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup target list --installed | grep -q wasm32-wasip1 || rustup target add wasm32-wasip1
	@if ! wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

# Debian chromium + chromedriver for browser tests.
setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; fi

## cli: the native CLI
cli:
	cargo build --release --bin edgeward

## demo: build the npm package and screen sample text through it (embedded policy + model)
demo: setup pkg demo-node

## test: everything CI runs
# viceroy-start first: Viceroy (needed last, by test-edge-fastly) builds in the background
# meanwhile when it is missing (mk/fastly.mk).
test: viceroy-start setup test-rust test-tract test-policy test-eval test-node test-cross-runtime test-edge-cloudflare test-browser fuzz-smoke test-edge-fastly

test-rust:
	cargo test --release --workspace --exclude edgeward-js

test-policy: cli
	$(EDGEWARD) policy check policies/default.toml

## model: rebuild training data, model, test vectors and model card (not part of test)
model: cli
	EDGEWARD_BIN=$(EDGEWARD) models/pipeline/run.sh

## bench: benchmarks that print numbers (not part of test)
bench:
	cargo bench --bench trends

clean:
	rm -rf pkg/dist artifacts

-include mk/*.mk
