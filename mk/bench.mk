# mk/bench.mk: `make bench` measures edgeward natively, in Node, in headless Chromium and
# in workerd, next to the filters users pick today (npm obscenity, bad-words,
# leo-profanity; PyPI alt-profanity-check), on one corpus in one run, and writes
# BENCHMARKS.md (tables, targets) and benches/plots/*.svg. It prints numbers; it never
# passes or fails on them. It installs its own dependencies (npm, PyPI) on a fresh machine.
# The wasm measured is the shipping build (make pkg-release: fat LTO), so pkg/dist holds it
# afterwards; `make pkg` (or `make test`) builds the test build again. Two builds side by
# side, in paired rounds: node benches/js/ab.mjs <package A> <package B>; instructions Node
# executes for the 1 MB output (valgrind, deterministic): benches/js/count-instructions.sh [PKG];
# wasm code V8 compiles for a cold start's first verdicts: node benches/js/first-verdict-code.mjs [PKG].
#
#   make bench                 all of it, then the Makefile's trends benchmark
#   make bench-perf            all of it without the trends benchmark
#   make bench-native | bench-node | bench-browser | bench-workerd | bench-python   one step
#   make bench-report          BENCHMARKS.md from what the steps left in $(BENCH_OUT)
#   BENCH_BUDGET_MS=500        time per measured case (default 1500)

BENCH_OUT ?= $(CURDIR)/artifacts/bench
BENCH_VENV ?= $(HOME)/.cache/edgeward/bench-venv
BENCH_JS := benches/js
ALT_PROFANITY_CHECK_VERSION ?= 1.9.1
export BENCH_OUT

.PHONY: bench-perf bench-machine bench-machine-end bench-native bench-node bench-browser bench-workerd bench-python bench-report bench-js-deps bench-py-deps

# The Makefile's `bench` (trends) runs after these.
bench: bench-perf

bench-perf: bench-machine bench-native bench-node bench-browser bench-workerd bench-python bench-machine-end
	@$(MAKE) --no-print-directory bench-report

# Machine, load and speed (a fixed JS workload) at the start, for the report.
bench-machine:
	@mkdir -p $(BENCH_OUT)
	@node -e 'const os=require("os");require("fs").writeFileSync(process.env.BENCH_OUT+"/machine.json",JSON.stringify({cpu:os.cpus()[0].model,cores:os.cpus().length,memBytes:os.totalmem(),loadavg:os.loadavg().map(x=>x.toFixed(1)).join(" "),started:new Date().toISOString()}))'
	node $(BENCH_JS)/machine-speed.mjs start

# The machine's speed again at the end: the report says how much it moved during the run.
bench-machine-end:
	node $(BENCH_JS)/machine-speed.mjs end

bench-native:
	cargo bench --bench screen

$(BENCH_JS)/node_modules/.package-lock.json: $(BENCH_JS)/package.json $(BENCH_JS)/package-lock.json
	cd $(BENCH_JS) && npm ci --no-audit --no-fund
	@touch $@

bench-js-deps: $(BENCH_JS)/node_modules/.package-lock.json

bench-node: pkg-release bench-js-deps
	cd $(BENCH_JS) && node node.mjs

bench-browser: pkg-release bench-js-deps setup-browser
	cd $(BENCH_JS) && node browser.mjs

bench-workerd: pkg-release bench-js-deps edge-cloudflare-deps
	cd $(BENCH_JS) && node workerd.mjs

$(BENCH_VENV)/.alt-profanity-check-$(ALT_PROFANITY_CHECK_VERSION):
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet alt-profanity-check==$(ALT_PROFANITY_CHECK_VERSION)
	@touch $@

bench-py-deps: $(BENCH_VENV)/.alt-profanity-check-$(ALT_PROFANITY_CHECK_VERSION)

bench-python: bench-py-deps
	$(BENCH_VENV)/bin/python benches/py/peer_profanity_check.py

bench-report: bench-js-deps
	cd $(BENCH_JS) && node report.mjs > /dev/null && echo "wrote BENCHMARKS.md and benches/plots/"
