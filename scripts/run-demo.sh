#!/bin/sh
# Installs what entente needs (Debian packages), builds it (Release) and runs it on the sample
# corpus shipped in samples/: one JSON line per event on stdout (or per sentence, without
# dictionaries), a summary on stderr.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh >&2
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build build/release -j"$(nproc)" --target entente_cli >&2
# Event coding needs dictionaries; until entente ships its own (issue 5) the demo uses the Phoenix
# dictionaries of ../shared/data/petrarch2 when they are beside the checkout, and otherwise shows
# the text front end's sentences.
dict=../shared/data/petrarch2
if [ -f "$dict/CAMEO.2.0.txt" ]; then
  ./build/release/entente code --dict "phoenix:$dict" samples/wire.jsonl samples/briefing.txt samples/ministry-statement.html
else
  echo "entente demo: $dict not found, so no dictionaries to code events with; showing sentences instead" >&2
  ./build/release/entente segment samples/wire.jsonl samples/briefing.txt samples/ministry-statement.html
fi
