#!/bin/sh
# End-to-end tests of `entente parse` and `eval-syntax` with the syntax model
# (models/en_syntax.model in $ENTENTE_DATA, else in data/); skipped (exit 77) when there is none.
# Usage: parse_test.sh ENTENTE SOURCE_DIR
set -u
entente=$1
src=$2
model=${ENTENTE_DATA:-$src/data}/models/en_syntax.model
if [ ! -f "$model" ]; then
  echo "skipped: $model not found (build it with 'entente train')"
  exit 77
fi
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
row() { printf '%s\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n' "$@"; }
# Valid CoNLL-U, as far as a shell can tell: 10 fields per word line, ids 1..n in order (ranges
# and empty nodes aside), heads within the sentence, exactly one root per sentence, blank line
# after each sentence.
check_conllu() {  # file what
  awk -F'\t' '
    function end_sentence() {
      if (n > 0 && roots != 1) { print "sentence ending at line " NR ": " roots " roots"; bad = 1 }
      for (i = 1; i <= n; i++) if (head[i] > n) { print "line " NR ": head beyond sentence"; bad = 1 }
      n = 0; roots = 0
    }
    /^$/ { end_sentence(); next }
    /^#/ { next }
    NF != 10 { print "line " NR ": " NF " fields"; bad = 1; next }
    $1 ~ /^[0-9]+-[0-9]+$/ || $1 ~ /^[0-9]+\.[0-9]+$/ { next }
    {
      if ($1 != n + 1) { print "line " NR ": id " $1 " after " n; bad = 1 }
      n = $1; head[n] = $7
      if ($7 == 0) roots++
      if ($2 == "" || $3 == "" || $4 == "" || $8 == "") { print "line " NR ": empty field"; bad = 1 }
    }
    END { if (n > 0) { print "no blank line at the end"; bad = 1 } exit bad }' "$1" ||
    fail "$2: not valid CoNLL-U"
}

# Documents in, CoNLL-U out, the same with two threads.
"$entente" parse "$src/samples/wire.jsonl" >"$tmp/wire.conllu" 2>"$tmp/err"; check_status 0 $? "parse wire.jsonl"
check_conllu "$tmp/wire.conllu" "parse wire.jsonl"
contains "$tmp/wire.conllu" "^# newdoc id = " "newdoc comment"
contains "$tmp/wire.conllu" "^# sent_id = .*-1$" "sent_id DOC-1"
contains "$tmp/wire.conllu" "^# text = " "text comment"
contains "$tmp/wire.conllu" "TokenRange=[0-9]*:[0-9]*" "TokenRange"
contains "$tmp/wire.conllu" "SpaceAfter=No" "SpaceAfter=No"
contains "$tmp/err" "entente parse: 1 file (0 failed)" "summary"
"$entente" parse --threads 3 "$src/samples/wire.jsonl" "$src/samples/briefing.txt" >"$tmp/t3" 2>/dev/null
"$entente" parse --threads 1 "$src/samples/wire.jsonl" "$src/samples/briefing.txt" >"$tmp/t1" 2>/dev/null
cmp -s "$tmp/t1" "$tmp/t3" || fail "--threads 3 output differs from --threads 1"
"$entente" parse --model "$model" <"$src/samples/briefing.txt" >"$tmp/stdin" 2>/dev/null
check_status 0 $? "parse stdin with --model"
check_conllu "$tmp/stdin" "parse stdin"

# Hostile text: tabs, control characters, a line separator, invalid UTF-8 stay out of the format.
printf 'Talks\tresumed in\013Vienna \342\200\250on Monday.\377 The \001envoy left.\n' >"$tmp/hostile.txt"
"$entente" parse "$tmp/hostile.txt" >"$tmp/out" 2>/dev/null; check_status 0 $? "hostile text"
check_conllu "$tmp/out" "hostile text"

# CoNLL-U in: the words are kept (multiword token lines and comments too, empty nodes dropped), a
# malformed sentence is reported with file:line, counted and skipped, and the rest is parsed.
{
  echo "# newdoc id = d1"; echo "# meta::genre = news"; echo "# sent_id = d1-1"
  echo "# text = They don't agree."
  row 1 They they PRON PRP 3 nsubj _
  printf "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
  row 2 do do AUX VBP 4 aux _; row 3 "n't" not PART RB 4 advmod _
  row 4 agree agree VERB VB 0 root SpaceAfter=No; row 5 . . PUNCT . 4 punct _
  printf "5.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"; echo
  echo "# sent_id = d1-2"; echo "# text = Broken"
  printf '1\tBroken\tbroken\n'; echo
  echo "# sent_id = d1-3"; echo "# text = “Peace” — now."
  row 1 "“" '"' PUNCT '``' 2 punct SpaceAfter=No; row 2 Peace peace NOUN NN 0 root SpaceAfter=No
  row 3 "”" '"' PUNCT "''" 2 punct _; row 4 "—" "-" PUNCT : 2 punct _
  row 5 now now ADV RB 2 advmod SpaceAfter=No; row 6 . . PUNCT . 2 punct _; echo
} >"$tmp/gold.conllu"
"$entente" parse --input conllu "$tmp/gold.conllu" >"$tmp/re.conllu" 2>"$tmp/err"
check_status 0 $? "parse --input conllu"
check_conllu "$tmp/re.conllu" "parse --input conllu"
contains "$tmp/err" "gold.conllu:15: expected 10 tab-separated fields, found 3; sentence skipped" "malformed sentence reported"
contains "$tmp/err" "entente parse: 1 file (0 failed), 2 sentences, 11 words, 1 malformed sentences skipped" "conllu summary"
contains "$tmp/re.conllu" "^# newdoc id = d1$" "newdoc kept"
contains "$tmp/re.conllu" "^# sent_id = d1-1$" "sent_id kept"
grep -q "meta::" "$tmp/re.conllu" && fail "gold metadata comment not dropped"
contains "$tmp/re.conllu" "^# text = They don't agree.$" "text kept"
contains "$tmp/re.conllu" "^2-3	don't	" "multiword token kept"
contains "$tmp/re.conllu" "^4	agree	.*SpaceAfter=No$" "SpaceAfter kept"
contains "$tmp/re.conllu" "^1	“	" "FORM kept as it was"
grep -q "^5\.1" "$tmp/re.conllu" && fail "empty node not dropped"
"$entente" parse "$tmp/gold.conllu" >"$tmp/auto.conllu" 2>/dev/null
cmp -s "$tmp/re.conllu" "$tmp/auto.conllu" || fail ".conllu files are read as CoNLL-U by default"
"$entente" parse --input conllu --threads 2 "$tmp/gold.conllu" >"$tmp/re2.conllu" 2>/dev/null
cmp -s "$tmp/re.conllu" "$tmp/re2.conllu" || fail "--input conllu --threads 2 differs"
"$entente" parse --input conllu --strict "$tmp/gold.conllu" >/dev/null 2>&1
check_status 1 $? "--input conllu --strict with a malformed sentence"

# The re-parsed file scores against its gold as eval-syntax scores the gold file itself.
"$entente" eval-syntax --json "$tmp/gold.conllu" --system "$tmp/re.conllu" >"$tmp/s1" 2>/dev/null
"$entente" eval-syntax --json "$tmp/gold.conllu" >"$tmp/s2" 2>/dev/null
check_status 0 $? "eval-syntax with the model"
cmp -s "$tmp/s1" "$tmp/s2" || { fail "eval-syntax differs from scoring parse --input conllu"; cat "$tmp/s1" "$tmp/s2"; }
"$entente" eval-syntax --raw "$tmp/gold.conllu" >"$tmp/raw" 2>&1; check_status 0 $? "eval-syntax --raw"
contains "$tmp/raw" "sents F1" "--raw table"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all parse CLI checks passed"
