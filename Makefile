# The two commands of README: `make run` and `make test`. Everything else is a
# helper for them. Parallelism follows the machine (2 cores in CI).
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 60
CTEST_ARGS ?=

.PHONY: all deps deps-build build dev asan tsan release fuzz run test test-dev test-asan test-tsan test-fuzz bench format format-check tidy clean

all: build

deps:
	@tools/install-deps.sh test

deps-build:
	@tools/install-deps.sh build

build: dev

dev: deps-build
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

asan: deps-build
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)

release: deps-build
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

tsan: deps-build
	cmake --preset tsan >/dev/null
	cmake --build --preset tsan -j $(JOBS) --target tailwatch_daemon_tests

test-tsan: deps tsan
	ctest --preset tsan -j $(JOBS) -R '^tailwatch_daemon_tests$$' $(CTEST_ARGS)

fuzz: deps
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS) --target fuzz_targets

# Builds and runs the daemon on the embedded default configuration, with a demo
# generator writing training-job logs (with injected failures) into ./logs/.
run: deps-build dev
	@tools/run-demo.sh build/dev

test: deps
	@tools/run-tests.sh

test-dev: deps dev
	ctest --preset dev -j $(JOBS) $(CTEST_ARGS)

test-asan: deps asan
	ctest --preset asan -j $(JOBS) -LE integration $(CTEST_ARGS)

test-fuzz: deps fuzz
	@tools/run-fuzz.sh build/fuzz $(FUZZ_SECONDS)

bench: deps
	tools/install-deps.sh bench
	bench/run.sh

# Debian 12's clang-format, pinned: another version formats differently.
CLANG_FORMAT ?= clang-format-14

format:
	git ls-files '*.h' '*.cc' | xargs $(CLANG_FORMAT) -i

format-check:
	@tools/check-format.sh

tidy: dev
	git ls-files 'engine/*.cc' 'config/*.cc' | xargs clang-tidy -p build/dev --quiet

clean:
	rm -rf build
