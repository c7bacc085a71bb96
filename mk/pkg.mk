# mk/pkg.mk: the npm package `edgeward` (pkg/) and its Node tests.
#
# Included by the top-level Makefile; also works on its own from the repository root:
#   make -f mk/pkg.mk pkg test-node
#
#   pkg                wasm (release profile, no LTO) + wasm-bindgen --target web → pkg/dist/,
#                      pre-initialized (pkg/scripts/preinit.mjs: the default Guard built into
#                      the module's memory snapshot; `make -B pkg PKG_PREINIT=0` skips it,
#                      to compare)
#   pkg-release        the same with the shipping `wasm-release` profile (fat LTO, opt-level 3;
#                      what `make bench` measures)
#   test-node          node --test tests/node/*.test.mjs, importing the package by name
#   test-node-samples  the real-model sample verdicts, even with the dev model
#   test-types         type-checks a TypeScript user of pkg/src/index.d.ts (fetches typescript via npm)
#   demo-node          screens sample texts through the package and prints a table
#   pkg-size           wasm size (raw/gzip/brotli) and Node cold start

PKG_TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
WASM_BINDGEN ?= wasm-bindgen
WASM_BINDGEN_VERSION ?= 0.2.130
NODE ?= node
TYPESCRIPT_VERSION ?= 5.6.3

# Everything the wasm is built from: the core, the bindings, the policy, the model.
PKG_INPUTS := $(shell find src bindings policies -type f -not -path '*/target/*' 2>/dev/null) \
  $(wildcard models/*.onnx models/*.json) Cargo.toml Cargo.lock pkg/scripts/preinit.mjs pkg/scripts/wasm-snapshot.mjs
PKG_DIST := pkg/dist
PKG_STAMP := $(PKG_DIST)/.built-release
PKG_TMP := $(PKG_TARGET_DIR)/edgeward-pkg-dist.tmp
PKG_NODE_TESTS = $(notdir $(wildcard tests/node/*.test.mjs))

.PHONY: pkg pkg-release pkg-tools test-node test-node-samples test-types demo-node pkg-size pkg-link clean-pkg

## pkg: build the npm package from source into pkg/dist (idempotent, incremental)
pkg: $(PKG_STAMP)

$(PKG_STAMP): $(PKG_INPUTS) | pkg-tools
	cargo build --release --target wasm32-unknown-unknown -p edgeward-js
	$(call pkg_bindgen,release)

## pkg-release: the shipping build (slow: fat LTO)
pkg-release: pkg-tools
	cargo build --profile wasm-release --target wasm32-unknown-unknown -p edgeward-js
	$(call pkg_bindgen,wasm-release,--remove-name-section --remove-producers-section)

# $(1): cargo profile directory, $(2): extra wasm-bindgen flags. Generates into a fresh
# folder, pre-initializes it, then swaps it in, so a failed run never leaves a
# half-written pkg/dist behind.
define pkg_bindgen
	rm -rf $(PKG_TMP)
	$(WASM_BINDGEN) --target web --no-typescript $(2) --out-dir $(PKG_TMP) --out-name edgeward \
	  $(PKG_TARGET_DIR)/wasm32-unknown-unknown/$(1)/edgeward_js.wasm
	$(if $(filter 0,$(PKG_PREINIT)),,$(NODE) pkg/scripts/preinit.mjs $(PKG_TMP))
	touch $(PKG_TMP)/.built-$(1)
	rm -rf $(PKG_DIST) && mv $(PKG_TMP) $(PKG_DIST)
endef

# The wasm target and the wasm-bindgen CLI matching the crate's pinned version.
pkg-tools:
	@rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@if ! $(WASM_BINDGEN) --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$'; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

# tests/node imports the package by name: node_modules/edgeward → ../../pkg (what
# `npm install` of the file: dependency does, without touching the network).
pkg-link:
	@mkdir -p tests/node/node_modules
	@ln -sfn ../../../pkg tests/node/node_modules/edgeward

# tests/node's devDependencies (the Vercel AI SDK, for the edgeward/ai-sdk tests).
tests/node/node_modules/.package-lock.json: tests/node/package.json tests/node/package-lock.json
	cd tests/node && npm ci --no-audit --no-fund
	@touch $@

## test-node: the package's tests in Node
test-node: pkg tests/node/node_modules/.package-lock.json pkg-link cli
	cd tests/node && EDGEWARD_BIN=$(EDGEWARD) $(NODE) --test $(PKG_NODE_TESTS)

test-node-samples: pkg pkg-link
	cd tests/node && EDGEWARD_SAMPLES=1 $(NODE) --test samples.test.mjs

test-types: pkg-link
	cd tests/node && npx --yes --package typescript@$(TYPESCRIPT_VERSION) -- tsc -p types/tsconfig.json

## demo-node: screen sample texts through the package
demo-node: pkg
	$(NODE) pkg/demo.mjs

pkg-size: pkg
	$(NODE) pkg/scripts/size-and-coldstart.mjs

clean-pkg:
	rm -rf $(PKG_DIST) $(PKG_TMP) tests/node/node_modules

## policy-bundle: policies/default.bundle (+ .sha256), the default policy the builds embed
## compiled (a test holds it to policies/default.toml; rerun after editing that file)
.PHONY: policy-bundle
policy-bundle: cli
	$(EDGEWARD) policy compile policies/default.toml -o policies/default.bundle
	tail -c +6 policies/default.bundle | sha256sum | cut -d' ' -f1 > policies/default.bundle.sha256
