#!/bin/sh
# End-to-end tests of `entente eval-syntax`, `parse` and `train` that need no syntax model: help,
# scoring a given system file, and the messages for what is missing.
# Usage: syntax_test.sh ENTENTE SOURCE_DIR
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
# row "ID FORM LEMMA UPOS XPOS HEAD DEPREL": a CoNLL-U line (FEATS, DEPS, MISC "_").
row() { printf '%s\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n' "$@"; }

"$entente" --help >"$tmp/h" 2>&1; check_status 0 $? "--help"
for cmd in parse eval-syntax train; do
  contains "$tmp/h" "$cmd" "--help lists $cmd"
  "$entente" $cmd --help >"$tmp/ch" 2>&1; check_status 0 $? "$cmd --help"
  contains "$tmp/ch" "Usage" "$cmd --help"
done

# A gold file and a system file with the same words: one UPOS error, one LAS error (of 6 words).
{
  echo "# sent_id = a"; echo "# text = Talks ended."
  row 1 Talks talk NOUN NNS 2 nsubj; row 2 ended end VERB VBD 0 root; row 3 . . PUNCT . 2 punct; echo
  echo "# sent_id = b"; echo "# text = Go now."
  row 1 Go go VERB VB 0 root; row 2 now now ADV RB 1 advmod; row 3 . . PUNCT . 1 punct; echo
} >"$tmp/gold.conllu"
{
  echo "# sent_id = a"
  row 1 Talks talk VERB NNS 2 nsubj; row 2 ended end VERB VBD 0 root; row 3 . . PUNCT . 2 punct; echo
  echo "# sent_id = b"
  row 1 Go go VERB VB 0 root; row 2 now now ADV RB 1 obj; row 3 . . PUNCT . 1 punct; echo
} >"$tmp/system.conllu"
"$entente" eval-syntax "$tmp/gold.conllu" --system "$tmp/system.conllu" >"$tmp/out" 2>"$tmp/err"
check_status 0 $? "eval-syntax --system"
contains "$tmp/out" "LAS:sub" "table header"
contains "$tmp/out" "gold.conllu  *2  *6  *0.8333  *1.0000  *1.0000  *1.0000  *0.8333" "table row"
"$entente" eval-syntax --json --relations "$tmp/gold.conllu" --system "$tmp/system.conllu" >"$tmp/out" 2>&1
contains "$tmp/out" '^{"treebank":"gold.conllu","mode":"gold","sentences":2,' "--json"
contains "$tmp/out" '"upos":0.8333' "--json upos"
contains "$tmp/out" '"obj":{"gold":0,"system":1,"correct":0' "--relations"
"$entente" eval-syntax "$tmp/gold.conllu" --system "$tmp/system.conllu" --min-las 0.9 >/dev/null 2>"$tmp/err"
check_status 1 $? "--min-las above the score"
contains "$tmp/err" "LAS 0.8333 is below --min-las 0.9000" "--min-las message"
"$entente" eval-syntax "$tmp/gold.conllu" --system "$tmp/system.conllu" --min-upos 0.8 --min-uas 1 >/dev/null 2>&1
check_status 0 $? "--min-upos/--min-uas met"

# A sentence whose word count differs is reported with file:line and skipped; a malformed one too.
{
  echo "# sent_id = a"
  row 1 Talks talk NOUN NNS 0 root; echo
  echo "# sent_id = b"
  printf '1\tGo\tgo\tVERB\n'; echo
} >"$tmp/short.conllu"
"$entente" eval-syntax "$tmp/gold.conllu" --system "$tmp/short.conllu" >"$tmp/out" 2>"$tmp/err"
check_status 0 $? "eval-syntax with bad system sentences"
contains "$tmp/err" "gold.conllu:1: word count differs (gold 3, system 1); sentence skipped" "word count"
contains "$tmp/err" "short.conllu:5: expected 10 tab-separated fields, found 4; sentence skipped" "malformed"
"$entente" eval-syntax "$tmp/gold.conllu" --system "$tmp/missing.conllu" >/dev/null 2>"$tmp/err"
check_status 1 $? "missing system file"
"$entente" eval-syntax "$tmp/gold.conllu" "$tmp/gold.conllu" --system "$tmp/system.conllu" >/dev/null 2>"$tmp/err"
check_status 2 $? "--system count differs from the gold files"

# Without a model, parse and eval-syntax say how to get one.
echo "Talks ended." >"$tmp/doc.txt"
"$entente" parse --model "$tmp/none.model" "$tmp/doc.txt" >/dev/null 2>"$tmp/err"
check_status 1 $? "parse without a model"
contains "$tmp/err" "none.model: no syntax model there. Build one with 'entente train'" "parse: missing model message"
contains "$tmp/err" "README.md" "parse: missing model message names the README"
"$entente" eval-syntax --model "$tmp/none.model" "$tmp/gold.conllu" >/dev/null 2>"$tmp/err"
check_status 1 $? "eval-syntax without a model"
contains "$tmp/err" "entente train" "eval-syntax: missing model message"
"$entente" parse "$tmp/gold.conllu" "$tmp/doc.txt" >/dev/null 2>"$tmp/err"
check_status 2 $? "CoNLL-U mixed with text"

# train names missing inputs before starting.
"$entente" train --train "$tmp/none.conllu" --dev "$tmp/gold.conllu" --test "$tmp/gold.conllu" \
  --output "$tmp/m.model" >/dev/null 2>"$tmp/err"
check_status 1 $? "train with a missing file"
contains "$tmp/err" "none.conllu: no such file" "train: missing file named"
[ ! -e "$tmp/m.model" ] || fail "train wrote a model despite a missing input"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all syntax CLI checks without a model passed"
