# mk/fastly.mk: the Fastly Compute service (edge/fastly/), run in Viceroy.
#
# Included by the top-level Makefile; also works with it from the repository root:
#   make test-edge-fastly      the service's unit tests (in Viceroy), then the same end-to-end
#                              cases as the Worker against a fake upstream, and its verdicts vs
#                              the npm package's and the CLI's on the shared vectors
#   make serve-edge-fastly     the service in Viceroy on 127.0.0.1:$(PORT), proxying to $(UPSTREAM_URL)
#   make edge-fastly-build     the pre-initialized service at edge/fastly/bin/main.wasm
#   make edge-fastly-size      the service's wasm, pre-initialized and plain (raw, gzip)
#   make edge-fastly-overhead  per-request overhead of screening in Viceroy (prints numbers)
#   make viceroy               Viceroy $(VICEROY_VERSION) in ~/.cargo/bin (waits for viceroy-start)
#   make viceroy-start         starts installing Viceroy in the background, if it is missing,
#                              so the build (~31 CPU-minutes cold at opt-level 1, measured)
#                              overlaps other tests; `make test` runs it first
#
# Numbers (make edge-fastly-overhead / edge-fastly-size; see edge/fastly/README.md):
# overhead 0.41 ms a request pre-initialized (~13 ms without); 10,871 KiB wasm (4,495 KiB gzip).

EDGE_FASTLY := edge/fastly
VICEROY_VERSION := 0.22.0
VICEROY := $(HOME)/.cargo/bin/viceroy
# Viceroy builds in its own cache (an interrupted install resumes) with a cheaper
# release profile than its default (opt-level 3): a test runtime, not a production one.
VICEROY_TARGET_DIR := $(HOME)/.cache/edgeward/target-viceroy
VICEROY_LOG := $(HOME)/.cache/edgeward/viceroy-install.log
VICEROY_PID := $(HOME)/.cache/edgeward/viceroy-install.pid
VICEROY_INSTALL := CARGO_TARGET_DIR=$(VICEROY_TARGET_DIR) CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false \
  cargo install viceroy --version $(VICEROY_VERSION) --locked
VICEROY_OK = $(VICEROY) --version 2>/dev/null | grep -q ' $(VICEROY_VERSION)$$'

.PHONY: test-edge-fastly test-edge-fastly-unit serve-edge-fastly edge-fastly-size edge-fastly-overhead \
  edge-fastly-deps edge-fastly-build viceroy viceroy-start

viceroy-start:
	@mkdir -p $(dir $(VICEROY_LOG))
	@if $(VICEROY_OK); then :; \
	elif [ -f $(VICEROY_PID) ] && kill -0 $$(cat $(VICEROY_PID)) 2>/dev/null; then echo "viceroy: install already running"; \
	else echo "viceroy: installing $(VICEROY_VERSION) in the background (log: $(VICEROY_LOG))"; \
	  nohup bash -c '$(VICEROY_INSTALL)' >$(VICEROY_LOG) 2>&1 </dev/null & echo $$! >$(VICEROY_PID); fi

viceroy:
	@if [ -f $(VICEROY_PID) ] && kill -0 $$(cat $(VICEROY_PID)) 2>/dev/null; then \
	  echo "viceroy: waiting for the background install"; \
	  while kill -0 $$(cat $(VICEROY_PID)) 2>/dev/null; do sleep 5; done; fi
	@rm -f $(VICEROY_PID)
	@if ! $(VICEROY_OK); then echo "viceroy: installing $(VICEROY_VERSION)"; $(VICEROY_INSTALL) || { tail -20 $(VICEROY_LOG) 2>/dev/null; exit 1; }; fi
	@$(VICEROY) --version

# wizer (npm, pinned exactly in package-lock.json)
edge-fastly-deps: $(EDGE_FASTLY)/node_modules/.package-lock.json

$(EDGE_FASTLY)/node_modules/.package-lock.json: $(EDGE_FASTLY)/package.json $(EDGE_FASTLY)/package-lock.json
	cd $(EDGE_FASTLY) && npm ci --no-audit --no-fund
	@touch $@

# The service, pre-initialized, at edge/fastly/bin/main.wasm (what `fastly compute publish`
# packs); building it here keeps the compile out of the tests' start-up wait.
edge-fastly-build: edge-fastly-deps setup-rust
	cd $(EDGE_FASTLY) && ./build

## test-edge-fastly: the Fastly service's tests (unit and end to end in Viceroy, cross-runtime verdicts)
test-edge-fastly: test-edge-fastly-unit edge-fastly-build cli pkg pkg-link
	cd $(EDGE_FASTLY) && EDGEWARD_BIN=$(EDGEWARD) VICEROY=$(VICEROY) timeout 1200 $(NODE) --test test/e2e.test.mjs test/cross-runtime.test.mjs

# The service crate's own tests, built for wasm32-wasip1 and run by Viceroy.
test-edge-fastly-unit: viceroy edge-fastly-deps setup-rust
	cd $(EDGE_FASTLY) && CARGO_TARGET_WASM32_WASIP1_RUNNER="$(VICEROY) run -C fastly.toml --" \
	  cargo test --release --locked --target wasm32-wasip1

serve-edge-fastly: viceroy edge-fastly-deps
	PORT=$(PORT) UPSTREAM_URL=$(UPSTREAM_URL) VICEROY=$(VICEROY) $(EDGE_FASTLY)/serve

edge-fastly-size edge-fastly-overhead: viceroy edge-fastly-deps setup-rust
edge-fastly-size:
	$(NODE) $(EDGE_FASTLY)/scripts/overhead.mjs --sizes
edge-fastly-overhead:
	VICEROY=$(VICEROY) $(NODE) $(EDGE_FASTLY)/scripts/overhead.mjs
