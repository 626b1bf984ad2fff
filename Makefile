# pii — two commands on a fresh Debian machine with Swift:
#   make run    install the system libraries if missing, build in release mode, run the main example
#   make test   the same set-up, then the whole test suite
# Also: make serve (the planning room in a browser, http://127.0.0.1:8080), make load (20
# what-if users for 60 s against it), make bench (pii bench), make bench-suite (the
# ordo-one/benchmark suite in Benchmarks/), make panel (regenerate the illustrative panel from
# its anchors), make fuzz (10,000 malformed inputs through every command, before a release).

SWIFT ?= swift
# Debian packages the build links against: OpenBLAS (cblas.h), LAPACKE (lapacke.h), COIN-OR
# CBC (the MILP solver of pii optimize), zlib (ZIPFoundation inflates .xlsx workbooks).
PACKAGES := libopenblas-dev liblapacke-dev pkg-config coinor-libcbc-dev zlib1g-dev
# The tests also print the HTML reports in headless Chromium, with a font that has every
# Vietnamese letter, and read the pages back with poppler-utils (pdftoppm, pdftotext); they
# run the commands in an 80-column tmux window, as a terminal shows them; they drive pii
# serve's pages in Chromium over WebDriver (chromium-driver), and check its API against its
# OpenAPI document with schemathesis (PyPI, pinned).
TEST_PACKAGES := chromium chromium-driver fonts-dejavu-core poppler-utils tmux
PYTHON_TEST_PACKAGES := schemathesis==4.32.5
PII := .build/release/pii

# The numeric core works on eight scenarios at a time (SIMD8<Double>); compiled for the CPU's
# vector instructions it runs about twice as fast as for baseline x86-64 (README,
# "Performance"). `make` compiles for the CPU it runs on when that CPU has AVX-512
# (skylake-avx512) or AVX2 (haswell); such a binary stops with SIGILL on an older CPU.
# TARGET_CPU=generic builds for any x86-64 (a binary to copy to other machines), TARGET_CPU=NAME
# for a CPU of LLVM's list. The instruction set changes speed, not results: the arithmetic is
# the same IEEE operations in the same order. The package manifest itself sets no flags.
CPU_FEATURES := $(if $(filter x86_64,$(shell uname -m)),$(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null))
has_all = $(if $(filter-out $(CPU_FEATURES),$(1)),,yes)
TARGET_CPU ?= $(if $(call has_all,avx512f avx512cd avx512bw avx512dq avx512vl),skylake-avx512,$(if $(call has_all,avx2 fma bmi2),haswell,generic))
CPU_FLAGS := $(if $(filter-out generic,$(TARGET_CPU)),-Xswiftc -target-cpu -Xswiftc $(TARGET_CPU))
# The tests run the engine on thousands of scenario-years (the optimiser's enumeration, the
# Monte Carlo cases), which unoptimised code makes ten times slower: the test build is
# optimised (-O), with the debug build's testability.
TEST_FLAGS := -Xswiftc -O $(CPU_FLAGS)

.PHONY: run serve load test fuzz bench bench-suite build deps test-deps panel clean

run: build
	$(PII) run Scenarios/ninh-binh-2030.yaml

# The planning room on this machine only; HOST=0.0.0.0 puts it on the network (with a token).
HOST ?= 127.0.0.1
PORT ?= 8080
serve: build
	$(PII) serve --host $(HOST) --port $(PORT)

load: build
	$(call install,wrk)
	Benchmarks/load.sh $(PII)

test: test-deps
	$(SWIFT) build --build-tests $(TEST_FLAGS)
	PII_REQUIRE_TEST_TOOLS=1 $(SWIFT) test $(TEST_FLAGS)
	Tests/check-api.sh .build/debug/pii

# The fuzz suite of make test, with 10,000 cases instead of 240 (about half an hour on 2
# cores); FUZZ_SEED picks another sequence.
FUZZ_CASES ?= 10000
FUZZ_SEED ?= 14
fuzz: test-deps
	$(SWIFT) build --build-tests $(TEST_FLAGS)
	PII_FUZZ_CASES=$(FUZZ_CASES) PII_FUZZ_SEED=$(FUZZ_SEED) $(SWIFT) test $(TEST_FLAGS) --filter FuzzTests

bench: build
	$(PII) bench

bench-suite: deps
	cd Benchmarks && $(SWIFT) package $(CPU_FLAGS) --allow-writing-to-package-directory benchmark --no-progress

build: deps
	@echo "Compiling for CPU: $(TARGET_CPU) (TARGET_CPU=generic for any x86-64)"
	$(SWIFT) build -c release $(CPU_FLAGS)

panel: deps
	$(SWIFT) run -c release $(CPU_FLAGS) pii-panel-generator Sources/PIIData/Resources/panel.csv

# Installs what is missing of the packages given: as root through apt-get; otherwise says
# exactly what to run.
define install
	@missing=""; \
	for package in $(1); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing$$missing"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	  else \
	    echo "pii needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install,$(PACKAGES))

test-deps:
	$(call install,$(PACKAGES) $(TEST_PACKAGES))
	@python3 -c "import schemathesis" 2>/dev/null || python3 -m pip install --quiet $(PYTHON_TEST_PACKAGES)

clean:
	rm -rf .build Benchmarks/.build
