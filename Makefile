# The README's two commands are `make serve` and `make test`; both run set-up first, which is
# idempotent and takes seconds on a warm machine.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: setup serve test lint test-host test-wasm build embed test-e2e bench clean

setup:
	@bash scripts/setup.sh

serve: setup
	@$(ENV) wasm trunk serve

test: setup
	@bash scripts/test.sh

lint: setup
	@bash scripts/test.sh lint

test-host: setup
	@bash scripts/test.sh host

test-wasm: setup
	@bash scripts/test.sh wasm

build: setup
	@bash scripts/test.sh build

embed: setup
	@$(ENV) release node scripts/build-embed.mjs

test-e2e: setup
	@bash scripts/test.sh build e2e

bench: setup
	@bash scripts/bench.sh

clean:
	rm -rf target dist pkg test-results bench-results
