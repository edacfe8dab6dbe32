#!/bin/sh
# End-to-end tests of `entente segment` and the program's help, as a user runs them.
# Usage: segment_test.sh ENTENTE SOURCE_DIR
set -u
entente=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check_status() {  # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit status $2, expected $1"
}
contains() {  # file pattern what
  grep -q -- "$2" "$1" || fail "$3: '$2' not found in $(basename "$1")"
}

# --version and --help
"$entente" --version >"$tmp/v" 2>&1; check_status 0 $? "--version"
contains "$tmp/v" "^entente [0-9]" "--version"
"$entente" --help >"$tmp/h" 2>&1; check_status 0 $? "--help"
contains "$tmp/h" "segment" "--help lists segment"
contains "$tmp/h" "eval-segment" "--help lists eval-segment"
for cmd in segment eval-segment; do
  "$entente" $cmd --help >"$tmp/h" 2>&1; check_status 0 $? "$cmd --help"
  contains "$tmp/h" "Usage" "$cmd --help"
done
"$entente" >"$tmp/h" 2>&1; [ $? -ne 0 ] || fail "no command must be an error"

# The sample corpus against its golden output.
for f in wire.jsonl briefing.txt ministry-statement.html; do
  "$entente" segment "$src/samples/$f" >"$tmp/out" 2>"$tmp/err"; check_status 0 $? "segment $f"
  cmp -s "$tmp/out" "$src/tests/golden/cli/$f.segment.jsonl" ||
    { fail "segment $f differs from tests/golden/cli/$f.segment.jsonl"; diff "$tmp/out" "$src/tests/golden/cli/$f.segment.jsonl" | head -20; }
  contains "$tmp/err" "entente segment: 1 file (0 failed)" "summary for $f"
done

# The same input from stdin, gzip-compressed, and on two threads gives the same output.
"$entente" segment <"$src/samples/wire.jsonl" >"$tmp/stdin" 2>/dev/null; check_status 0 $? "stdin"
cmp -s "$tmp/stdin" "$src/tests/golden/cli/wire.jsonl.segment.jsonl" || fail "stdin output differs"
gzip -c "$src/samples/wire.jsonl" >"$tmp/wire.jsonl.gz"
"$entente" segment "$tmp/wire.jsonl.gz" >"$tmp/gz" 2>/dev/null; check_status 0 $? "gzip"
cmp -s "$tmp/gz" "$src/tests/golden/cli/wire.jsonl.segment.jsonl" || fail "gzip output differs"
gzip -c "$src/samples/wire.jsonl" | "$entente" segment - >"$tmp/gzstdin" 2>/dev/null
cmp -s "$tmp/gzstdin" "$src/tests/golden/cli/wire.jsonl.segment.jsonl" || fail "gzip stdin output differs"
cat "$src/samples/wire.jsonl" "$src/samples/wire.jsonl" "$src/samples/wire.jsonl" >"$tmp/three.jsonl"
"$entente" segment --threads 1 "$tmp/three.jsonl" "$src/samples/briefing.txt" >"$tmp/t1" 2>/dev/null
"$entente" segment --threads 2 "$tmp/three.jsonl" "$src/samples/briefing.txt" >"$tmp/t2" 2>/dev/null
cmp -s "$tmp/t1" "$tmp/t2" || fail "--threads 2 output differs from --threads 1"

# --tokens and --dropped
"$entente" segment --tokens "$src/samples/wire.jsonl" >"$tmp/tok" 2>/dev/null
contains "$tmp/tok" '"tokens":\[{"text":"The","span":\[' "--tokens"
"$entente" segment --dropped "$src/samples/wire.jsonl" >"$tmp/drop" 2>/dev/null
contains "$tmp/drop" '"dropped":true,"kind":"interface","text":"Read more"' "--dropped interface"
contains "$tmp/drop" '"dropped":true,"kind":"dateline"' "--dropped dateline"

# A malformed record is reported with file:line, counted, skipped; the rest is read.
printf '%s\n' '{"id":"a","text":"The first report arrived."}' 'this is not json' \
  '{"id":"b","date":"2019-02-30","text":"A bad date."}' '{"id":"c","text":"The second report arrived."}' >"$tmp/bad.jsonl"
"$entente" segment "$tmp/bad.jsonl" >"$tmp/out" 2>"$tmp/err"; check_status 0 $? "malformed records"
contains "$tmp/err" "bad.jsonl:2: error: not a JSON object" "bad JSON line reported with file:line"
contains "$tmp/err" "bad.jsonl:3: error: invalid date" "bad date reported with file:line"
contains "$tmp/err" "2 records skipped" "skipped records counted"
contains "$tmp/out" '"doc":"c"' "records after the bad ones are read"
"$entente" segment --strict "$tmp/bad.jsonl" >"$tmp/out" 2>"$tmp/err"; check_status 1 $? "--strict"

# --field remaps JSONL keys.
printf '%s\n' '{"headline":"x","body":"Ministers met in Oslo."}' >"$tmp/body.jsonl"
"$entente" segment --field text=body "$tmp/body.jsonl" >"$tmp/out" 2>/dev/null; check_status 0 $? "--field"
contains "$tmp/out" '"text":"Ministers met in Oslo."' "--field text=body"
"$entente" segment --field txt=body "$tmp/body.jsonl" >/dev/null 2>"$tmp/err"; check_status 2 $? "--field with an unknown field"
contains "$tmp/err" "unknown field" "--field error message"

# Nothing readable: exit 1 with a reason. A missing file next to a good one: exit 0.
: >"$tmp/empty.txt"
"$entente" segment "$tmp/empty.txt" >/dev/null 2>"$tmp/err"; check_status 1 $? "empty file"
contains "$tmp/err" "no documents could be read" "empty file message"
"$entente" segment "$tmp/missing.txt" "$src/samples/briefing.txt" >/dev/null 2>"$tmp/err"
check_status 0 $? "missing file next to a good one"
contains "$tmp/err" "missing.txt" "missing file named"
"$entente" segment --input nonsense "$src/samples/briefing.txt" >/dev/null 2>"$tmp/err"
check_status 2 $? "unknown --input"

# Hostile input: NUL bytes and invalid UTF-8 in a text file.
printf 'Talks \000resumed in \377\376Vienna on Monday.\n' >"$tmp/binary.txt"
"$entente" segment "$tmp/binary.txt" >"$tmp/out" 2>"$tmp/err"; check_status 0 $? "NUL and invalid UTF-8"
contains "$tmp/err" "repaired 2 invalid UTF-8 sequences" "invalid UTF-8 counted"

# --lines: each line a document.
printf 'First line here.\n\nSecond line here.\n' >"$tmp/lines.txt"
"$entente" segment --lines "$tmp/lines.txt" >"$tmp/out" 2>/dev/null
[ "$(grep -c '"doc":"lines.txt:' "$tmp/out")" = 2 ] || fail "--lines gives one document per non-blank line"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all segment CLI checks passed"
