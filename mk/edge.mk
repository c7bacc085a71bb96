# mk/edge.mk: edge deployments (edge/cloudflare/).
#
# Included by the top-level Makefile (`include mk/pkg.mk mk/edge.mk`); also works on its own:
#   make -f mk/pkg.mk -f mk/edge.mk test-edge-cloudflare
#
#   edge-cloudflare-deps   npm ci in edge/cloudflare (wrangler pinned exactly, edgeward = ../../pkg)
#   test-edge-cloudflare   SSE/strike unit tests, then the Worker end to end in workerd
#                          (wrangler dev --local) against a fake upstream
#   edge-cloudflare-size   the bundle wrangler would upload (deploy --dry-run; no network)
#   serve-edge-cloudflare  the Worker on 127.0.0.1:$(PORT), proxying to $(UPSTREAM_URL)
#
# Bundle size (make pkg build, wrangler 4.85.0; make bench): 5950.41 KiB, gzip 2610.8 KiB (the pre-initialized module).

EDGE_CF := edge/cloudflare
NODE ?= node
PORT ?= 8787
UPSTREAM_URL ?= https://api.openai.com/v1

.PHONY: edge-cloudflare-deps test-edge-cloudflare edge-cloudflare-size serve-edge-cloudflare

edge-cloudflare-deps: $(EDGE_CF)/node_modules/.package-lock.json

$(EDGE_CF)/node_modules/.package-lock.json: $(EDGE_CF)/package.json $(EDGE_CF)/package-lock.json
	cd $(EDGE_CF) && WRANGLER_SEND_METRICS=false npm ci --no-audit --no-fund
	@touch $@

## test-edge-cloudflare: the Cloudflare Worker's tests (unit, then end to end in workerd)
test-edge-cloudflare: pkg edge-cloudflare-deps
	cd $(EDGE_CF) && WRANGLER_SEND_METRICS=false timeout 600 $(NODE) --test test/sse.test.mjs test/e2e.test.mjs

edge-cloudflare-size: pkg edge-cloudflare-deps
	cd $(EDGE_CF) && rm -rf .wrangler/dry-run && WRANGLER_SEND_METRICS=false \
	  node_modules/.bin/wrangler deploy --dry-run --outdir .wrangler/dry-run 2>&1 | grep -E 'Total Upload'

serve-edge-cloudflare: pkg edge-cloudflare-deps
	PORT=$(PORT) UPSTREAM_URL=$(UPSTREAM_URL) $(EDGE_CF)/serve
