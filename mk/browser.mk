# mk/browser.mk: edgeward in the browser (issue 6).
#
# Included by the top-level Makefile; also works with it from the repository root:
#   make test-browser          both browser suites below (installs chromium if missing)
#   make test-browser-wasm     wasm-bindgen-test: the JS binding's exports in headless Chromium
#                              (bindings/js/src/browser_tests.rs; release profile, no LTO)
#   make test-browser-e2e      Playwright (playwright-core + Debian chromium): the demo page end
#                              to end, and Node vs Chromium verdicts for tests/browser/samples.json;
#                              screenshots land in artifacts/screenshots/ (git-ignored)
#   make www                   builds the demo page and serves it on http://127.0.0.1:$(WWW_PORT)/
#   make www-build             only builds it (www/build/)
#
# As root, Chromium needs --no-sandbox: wasm-bindgen-test-runner adds it (with --headless);
# bindings/js/webdriver.json adds the other flags; tests/browser/chromium.mjs passes the same.

CHROMEDRIVER ?= /usr/bin/chromedriver
CHROMIUM ?= /usr/bin/chromium
WWW_PORT ?= 8080
BROWSER_TEST_TIMEOUT ?= 600

.PHONY: test-browser test-browser-wasm test-browser-e2e browser-deps www www-build

## test-browser: the wasm-bindgen-test suite and the Playwright suite, in headless Chromium
test-browser: test-browser-wasm test-browser-e2e

test-browser-wasm: setup-browser pkg-tools
	CHROMEDRIVER=$(CHROMEDRIVER) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/bindings/js/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=$(BROWSER_TEST_TIMEOUT) \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --release --target wasm32-unknown-unknown -p edgeward-js --lib

test-browser-e2e: setup-browser pkg browser-deps
	cd tests/browser && CHROMIUM=$(CHROMIUM) timeout $(BROWSER_TEST_TIMEOUT) $(NODE) --test --test-concurrency=1 verdicts.test.mjs ladder.test.mjs demo.test.mjs

# npm ci from the committed lockfiles (registry only; edgeward itself is a file: link to pkg/).
browser-deps: tests/browser/node_modules/.package-lock.json www/node_modules/.package-lock.json

tests/browser/node_modules/.package-lock.json: tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund
	@touch $@

www/node_modules/.package-lock.json: www/package.json www/package-lock.json
	cd www && npm ci --no-audit --no-fund
	@touch $@

## www: the demo chat page on http://127.0.0.1:$(WWW_PORT)/ (Ctrl-C stops)
www: www-build
	cd www && PORT=$(WWW_PORT) $(NODE) serve.mjs

www-build: pkg www/node_modules/.package-lock.json
	cd www && $(NODE) build.mjs
