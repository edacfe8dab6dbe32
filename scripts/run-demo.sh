#!/bin/sh
# Installs what entente needs (Debian packages), builds it (Release) and runs it on the sample
# corpus shipped in samples/: one JSON line per event on stdout, a summary on stderr.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh >&2
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build build/release -j"$(nproc)" --target entente_cli >&2
# Codes the samples with entente's own dictionaries (data/dictionaries/default).
./build/release/entente code samples/wire.jsonl samples/briefing.txt samples/ministry-statement.html
