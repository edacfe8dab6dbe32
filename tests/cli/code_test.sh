#!/bin/sh
# End-to-end tests of `entente code`, `explain` and `validate` with the small dictionary, documents
# and suite of tests/data/coding (invented countries VAL, OST, KEN) and the syntax model
# (models/en_syntax.model in $ENTENTE_DATA, else in data/); skipped (exit 77) when there is none.
# Usage: code_test.sh ENTENTE SOURCE_DIR
set -u
entente=$1
src=$2
model=${ENTENTE_DATA:-$src/data}/models/en_syntax.model
if [ ! -f "$model" ]; then
  echo "skipped: $model not found (build it with 'entente train')"
  exit 77
fi
data=$src/tests/data/coding
dict=petrarch1:$data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
python=$(command -v python3 || true)

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check_status() {  # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit status $2, expected $1"
}
check_nonzero() {  # actual what
  [ "$1" != 0 ] || fail "$2: exit status 0, expected a failure"
}
contains() {  # file pattern what
  grep -q -- "$2" "$1" || fail "$3: '$2' not found in $(basename "$1")"
}
lacks() {  # file pattern what
  grep -q -- "$2" "$1" && fail "$3: '$2' found in $(basename "$1")"
}
lines() { wc -l <"$1" | tr -d ' '; }
# Every line a JSON object (python3 when present; else the shape of one, and the fields named).
check_json_lines() {  # file what field...
  f=$1; what=$2; shift 2
  [ -s "$f" ] || { fail "$what: no output"; return; }
  if [ -n "$python" ]; then
    "$python" - "$f" "$@" <<'EOF' || fail "$what: not one JSON object per line"
import json, sys
path, fields = sys.argv[1], sys.argv[2:]
ok = True
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            print("line %d: %s" % (n, e)); ok = False; continue
        if not isinstance(obj, dict):
            print("line %d: not an object" % n); ok = False; continue
        for k in fields:
            if k not in obj:
                print("line %d: no field %s" % (n, k)); ok = False
sys.exit(0 if ok else 1)
EOF
  else
    grep -v -q '^{.*}$' "$f" && fail "$what: a line is not a JSON object"
    for k in "$@"; do
      grep -v -q "\"$k\":" "$f" && fail "$what: a line has no field $k"
    done
  fi
}
check_columns() {  # file expected-count what
  [ -s "$1" ] || { fail "$3: no output"; return; }
  awk -F'\t' -v n="$2" 'NF != n { print "line " NR ": " NF " columns"; bad = 1 } END { exit bad }' "$1" ||
    fail "$3: not $2 tab-separated columns on every line"
}

# ---- entente code: native JSONL ----
"$entente" code --dict "$dict" "$data/docs.jsonl" >"$tmp/events.jsonl" 2>"$tmp/code.err"
check_status 0 $? "code docs.jsonl"
check_json_lines "$tmp/events.jsonl" "code jsonl" doc source target code root quad goldstein negated paired verb why
contains "$tmp/events.jsonl" '"doc":"doc-1".*"source":{"code":"VAL".*"target":{"code":"OST".*"code":"190"' "VAL OST 190"
contains "$tmp/events.jsonl" '"source":{"code":"VAL","[^}]*"text":"Valeria","span":\[0,7\]' "source text and span"
contains "$tmp/events.jsonl" '"doc":"doc-2".*"source":{"code":"VALOPP"' "date-restricted code on 2016-03-02"
contains "$tmp/events.jsonl" '"code":"033".*"paired":true' "paired event"
contains "$tmp/events.jsonl" '"doc":"doc-3".*"negated":true' "negated event"
lacks "$tmp/events.jsonl" '"doc":"doc-1","sent":1' "sentence without actors"
contains "$tmp/code.err" "entente code: [0-9]* events" "events summary"
contains "$tmp/code.err" "no actor" "summary counts sentences without actors"
# Standard input, and two threads: the same lines.
"$entente" code --dict "$dict" - <"$data/docs.jsonl" >"$tmp/stdin.jsonl" 2>/dev/null
check_status 0 $? "code -"
cmp -s "$tmp/events.jsonl" "$tmp/stdin.jsonl" || fail "code - (stdin) differs from code FILE"
"$entente" code --dict "$dict" --threads 2 "$data/docs.jsonl" >"$tmp/t2.jsonl" 2>/dev/null
cmp -s "$tmp/events.jsonl" "$tmp/t2.jsonl" || fail "code --threads 2 differs from one thread"

# ---- other formats ----
"$entente" code --dict "$dict" --format gdelt "$data/docs.jsonl" >"$tmp/gdelt.tsv" 2>/dev/null
check_status 0 $? "code --format gdelt"
check_columns "$tmp/gdelt.tsv" 61 "gdelt"
"$entente" code --dict "$dict" --format gdelt --write-negated "$data/docs.jsonl" >"$tmp/gdelt-neg.tsv" 2>/dev/null
check_columns "$tmp/gdelt-neg.tsv" 61 "gdelt --write-negated"
[ "$(lines "$tmp/gdelt-neg.tsv")" = "$(lines "$tmp/events.jsonl")" ] ||
  fail "gdelt --write-negated: $(lines "$tmp/gdelt-neg.tsv") lines, jsonl has $(lines "$tmp/events.jsonl")"
[ "$(lines "$tmp/gdelt.tsv")" -lt "$(lines "$tmp/gdelt-neg.tsv")" ] ||
  fail "gdelt without --write-negated still writes the negated event"
"$entente" code --dict "$dict" --format phoenix "$data/docs.jsonl" >"$tmp/phoenix.tsv" 2>/dev/null
check_status 0 $? "code --format phoenix"
check_columns "$tmp/phoenix.tsv" 26 "phoenix"
"$entente" code --dict "$dict" --format plover "$data/docs.jsonl" >"$tmp/plover.jsonl" 2>/dev/null
check_status 0 $? "code --format plover"
check_json_lines "$tmp/plover.jsonl" "plover"

# ---- errors ----
# Without --dict: entente's own dictionaries, from the data directory.
mkdir -p "$tmp/no-dicts"
cp -r "$src/data/text" "$tmp/no-dicts/text"
"$entente" code --data-dir "$tmp/no-dicts" "$data/docs.jsonl" >"$tmp/out" 2>"$tmp/err"
check_nonzero $? "code without --dict and without default dictionaries"
contains "$tmp/err" "default dictionaries are missing; pass --dict" "missing default dictionaries message"
[ -s "$tmp/out" ] && fail "code without any dictionary wrote output"
printf 'China and Russia signed a joint statement on strategic stability.\n' >"$tmp/default.txt"
"$entente" code --lines "$tmp/default.txt" >"$tmp/out" 2>"$tmp/err" || fail "code with the default dictionaries"
contains "$tmp/out" '"code":"057"' "default dictionaries code a signing"
"$entente" code --dict "$dict" --format xml "$data/docs.jsonl" >"$tmp/out" 2>"$tmp/err"
check_nonzero $? "code --format xml"
contains "$tmp/err" "unknown format 'xml'" "unknown --format message"
"$entente" code --dict "petrarch1:$tmp/no-such-dir" "$data/docs.jsonl" >/dev/null 2>"$tmp/err"
check_nonzero $? "code with a missing dictionary folder"

# ---- --why ----
"$entente" code --dict "$dict" --why "$data/docs.jsonl" >"$tmp/why.jsonl" 2>"$tmp/why.err"
check_status 0 $? "code --why"
contains "$tmp/why.err" "^doc-1:1: no actor: " "--why: sentence without actors"
contains "$tmp/why.err" "^doc-3:0: no verb: " "--why: sentence without a dictionary verb"
lacks "$tmp/why.err" "^doc-1:0:" "--why: a sentence with events"
lacks "$tmp/code.err" "^doc-1:1:" "reasons without --why"
cmp -s "$tmp/events.jsonl" "$tmp/why.jsonl" || fail "--why changed stdout"

# ---- explain ----
"$entente" explain --dict "$dict" --date 2012-05-01 "Valeria attacked Ostria." >"$tmp/explain" 2>&1
check_status 0 $? "explain"
contains "$tmp/explain" "^  outcome: events" "explain outcome line"
contains "$tmp/explain" "event VAL OST 190" "explain event"
contains "$tmp/explain" 'actor "Valeria" = VAL' "explain actor"
"$entente" explain --dict "$dict" "The weather was mild on Tuesday." >"$tmp/explain" 2>&1
check_status 0 $? "explain without events"
contains "$tmp/explain" "^  outcome: no actor" "explain outcome without events"
"$entente" explain --dict "$dict" --date 2016-01-01 "Marik Tollan criticized Ostria." >"$tmp/explain" 2>&1
contains "$tmp/explain" "event VALOPP OST 111" "explain --date picks the dated code"
"$entente" explain --dict "$dict" --date "not a date" "Valeria attacked Ostria." >/dev/null 2>&1
check_nonzero $? "explain --date with a bad date"

# ---- validate ----
"$entente" validate "$data/mini_suite.xml" >"$tmp/validate" 2>"$tmp/validate.err"
check_status 0 $? "validate mini_suite.xml"
[ "$(grep -c '^PASS ' "$tmp/validate")" = 5 ] || fail "validate: $(grep -c '^PASS ' "$tmp/validate") PASS lines, expected 5"
contains "$tmp/validate" "^PASS DEMO-02 " "validate paired record"
contains "$tmp/validate" "^PASS DATE-01 " "validate dated record"
contains "$tmp/validate" "^PASS DEMO-04 " "validate record after <Config require_dyad=false>"
lacks "$tmp/validate" "^FAIL" "validate mini_suite.xml"
lacks "$tmp/validate" "DEMO-05" "validate: a record with valid=false"
"$entente" validate --json "$data/mini_suite.xml" >"$tmp/validate.json" 2>/dev/null
check_status 0 $? "validate --json"
check_json_lines "$tmp/validate.json" "validate --json" suite passed total recall
contains "$tmp/validate.json" '"passed":5,"total":5' "validate --json passed"
"$entente" validate --min-passed 1.5 "$data/mini_suite.xml" >/dev/null 2>&1
check_status 1 $? "validate --min-passed above what passed"
# A wrong expectation fails its record (the suite beside the dictionaries it names by path).
sed -e 's/eventcode="190"><\/EventCoding>\(.*\)$/eventcode="195"><\/EventCoding>\1/' \
    -e "s#<\([A-Za-z]*file\)>PETR#<\1>$data/PETR#" "$data/mini_suite.xml" >"$tmp/wrong.xml"
"$entente" validate "$tmp/wrong.xml" >"$tmp/validate" 2>/dev/null
contains "$tmp/validate" "^FAIL DEMO-01 " "validate: a wrong expectation fails"
"$entente" validate --json "$tmp/wrong.xml" >"$tmp/validate.json" 2>/dev/null
contains "$tmp/validate.json" '"passed":3,"total":5' "validate --json with two wrong expectations"

# ---- actors --unknown ----
printf 'Kendor condemned Zorblatt.\nOstria condemned Zorblatt and Valeria.\nZorblatt met Kendor on Friday.\nGreat Quux Mining Corp condemned Kendor.\n' >"$tmp/unknown.txt"
"$entente" actors --unknown --min-count 1 --dict "$dict" --lines "$tmp/unknown.txt" >"$tmp/unknown.tsv" 2>"$tmp/unknown.err" ||
  fail "actors --unknown"
contains "$tmp/unknown.tsv" "^3	1	Zorblatt	" "actors --unknown counts an unknown name around dictionary verbs"
lacks "$tmp/unknown.tsv" "Kendor" "actors --unknown leaves dictionary actors out"
lacks "$tmp/unknown.tsv" "Friday" "actors --unknown leaves out time obliques"
contains "$tmp/unknown.tsv" "	Great Quux Mining Corp	" "actors --unknown lists a whole name, not its last word"
"$entente" actors --dict "$dict" --lines "$tmp/unknown.txt" >/dev/null 2>"$tmp/unknown.err"
check_nonzero $? "actors without --unknown"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all code CLI checks passed"
