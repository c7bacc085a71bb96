# mk/tract.mk: the classifier run by tract-onnx instead of the built-in embedding-bag plan
# (the `tract` cargo feature; see DESIGN.md, Performance).
#
#   test-tract  the shipped model through tract-onnx in the product path: the pipeline's
#               test vectors (tests/model_vectors.rs) and the CLI's sample verdicts
#   pkg-tract   the npm package with tract-onnx inside the wasm (~3.5 MB more gzip)

.PHONY: test-tract pkg-tract

test-tract:
	cargo test --release --features tract --test model_vectors --test cli

pkg-tract: pkg-tools
	cargo build --release --target wasm32-unknown-unknown -p edgeward-js --features tract
	$(call pkg_bindgen,release)
	rm -f $(PKG_STAMP)  # the next `make pkg` builds the default runtime again
