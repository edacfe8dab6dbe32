#!/bin/sh
# Installs what entente needs (Debian packages), builds it with AddressSanitizer and
# UndefinedBehaviorSanitizer (Debug), and runs every test with CTest. Tests that need
# ../shared/data report "skipped" when it is absent. The output ends with CTest's summary.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake -S . -B build/debug -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build/debug -j"$(nproc)"
cd build/debug
exec ctest --output-on-failure -j"$(nproc)"
