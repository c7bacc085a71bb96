# mk/cross.mk: the same input gives the same verdict natively (the CLI), in Node (the npm
# package) and in wasm32-wasip1 (the CLI built for WASI, as Fastly Compute runs it).
#
#   cli-wasi            the CLI for wasm32-wasip1 → $(WASI_CLI)
#   test-cross-runtime  tests/node/cross-runtime.check.mjs over tests/data/cross_runtime.jsonl

WASI_CLI := $(CARGO_TARGET_DIR)/wasm32-wasip1/release/edgeward.wasm

.PHONY: cli-wasi test-cross-runtime

cli-wasi: setup-rust
	cargo build --release --target wasm32-wasip1 --bin edgeward

test-cross-runtime: cli cli-wasi pkg pkg-link
	cd tests/node && EDGEWARD_BIN=$(EDGEWARD) EDGEWARD_WASI=$(WASI_CLI) $(NODE) --test cross-runtime.check.mjs
