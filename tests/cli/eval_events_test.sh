#!/bin/sh
# End-to-end tests of `entente eval-events`: the tiny gold file tests/data/eval/mini_gold.tsv over
# the JSONL documents beside it, coded with the example dictionary (data/dictionaries/example:
# fictional Zendaria ZND, Voltania VLT, Orin Tall ZNDGOV/ZNDELI), and `--list`. Needs the syntax
# model (models/en_syntax.model in $ENTENTE_DATA, else in data/); skipped (exit 77) without it.
# The part that reads the shared corpora (Reuters, UN speeches, UD) is skipped, with a message,
# when SHARED_DIR/news is absent.
# Usage: eval_events_test.sh ENTENTE SOURCE_DIR SHARED_DIR
set -u
entente=$1
src=$2
case $entente in /*) ;; *) entente=$(pwd)/$entente ;; esac  # --list runs in another folder
shared=${3:-$src/../shared/data}
model=${ENTENTE_DATA:-$src/data}/models/en_syntax.model
if [ ! -f "$model" ]; then
  echo "skipped: $model not found (build it with 'entente train')"
  exit 77
fi
data=$src/tests/data/eval
dict=$src/data/dictionaries/example
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check_status() {  # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit status $2, expected $1"
}
contains() {  # file pattern what
  grep -q -- "$2" "$1" || { fail "$3: '$2' not found in $(basename "$1")"; sed 's/^/    /' "$1"; }
}
lacks() {  # file pattern what
  grep -q -- "$2" "$1" && fail "$3: '$2' found in $(basename "$1")"
}

# ---- the table and --failures: 7 sentences scored; 5 gold and 5 produced events ----
# root level: z-1@0, z-1@71 (05 = 05), z-2@0 (ZNDELI and ZNDGOV are both ZND); full code: z-1@0;
# code only: those three and z-2@39 (reversed dyad); dyad correct: z-1@0, z-1@71, z-2@0.
# (Each run loads the syntax model, so one run checks several things.)
"$entente" eval-events --failures --dict "$dict" "$data/mini_gold.tsv" >"$tmp/out" 2>"$tmp/err"
check_status 0 $? "eval-events --failures mini_gold.tsv"
contains "$tmp/out" "^gold: 1 file, 7 sentences scored (not scored: 2 not found, 1 hash differs, 1 bad line)$" "counts"
contains "$tmp/out" "^events: 5 gold, 5 produced; sentences with every event right: 2/7$" "events"
contains "$tmp/out" "^root level  *3  *0.6000  *0.6000  *0.6000$" "root level"
contains "$tmp/out" "^full code  *1  *0.2000  *0.2000  *0.2000$" "full code"
contains "$tmp/out" "^code only  *4  *0.8000  *0.8000  *0.8000$" "code only"
contains "$tmp/out" "^dyad correct  *3  *0.6000 " "dyad correct"
# Unscored lines: file:line and why, on stderr.
contains "$tmp/err" "mini_gold.tsv:17: event 1 'ZND>VLT:999': event code '999' is not in" "bad code"
contains "$tmp/err" "mini_gold.tsv:14: hash differs: z-5 @0: the sentence has hash 913c5a76036e0ae7" "hash differs"
contains "$tmp/err" "mini_gold.tsv:15: not found: no sentence of z-2 starts at byte 5 (the nearest start at 0 and 39)" "offset"
contains "$tmp/err" "mini_gold.tsv:16: not found: no document z-9 in corpus jsonl:docs.jsonl" "document"
# --failures: every sentence with missing or extra events, in gold order.
[ "$(grep -c 'mini_gold.tsv:[0-9]*: z-' "$tmp/out")" = 5 ] || fail "--failures: not 5 sentences"
lacks "$tmp/out" "mini_gold.tsv:6:" "--failures lists a right sentence"
lacks "$tmp/out" "mini_gold.tsv:7:" "--failures lists a right sentence without events"
contains "$tmp/out" "mini_gold.tsv:8: z-1 @71: 1 missing, 1 extra" "root right, code wrong"
contains "$tmp/out" "^  extra:    ZND>VLT:051$" "extra event"
contains "$tmp/out" "^  missing:  VLTMIL>ZND:190$" "missing event"
contains "$tmp/out" "^  produced: ZNDELI>VLT:050$" "dated actor code with the document's date (2005)"
contains "$tmp/out" "^  date:     2000-01-01$" "the gold line's date"
contains "$tmp/out" "^  text:     Zendaria called for talks with Voltania.$" "sentence text"

# ---- --json (only the summary) and --strict (exit 1: four lines were not scored) ----
"$entente" eval-events --json --strict --failures --dict "$dict" "$data/mini_gold.tsv" >"$tmp/json" 2>"$tmp/err"
check_status 1 $? "eval-events --json --strict"
contains "$tmp/json" '^{"files":1,"sentences":7,"not_found":2,"hash_mismatch":1,"bad_lines":1,"gold_events":5,"produced_events":5,"exact_sentences":2,"root":{"matched":3,"precision":0.6000,"recall":0.6000,"f1":0.6000},"full":{"matched":1,' "json"
contains "$tmp/json" '"code_only":{"matched":4,"precision":0.8000,"recall":0.8000,"f1":0.8000},"dyad":{"correct":3,"ratio":0.6000}}$' "json code only and dyad"
[ "$(wc -l <"$tmp/json" | tr -d ' ')" = 1 ] || fail "--json: not one line"
contains "$tmp/err" "--strict: 4 gold lines not scored" "--strict message"

# ---- --date-override: the most specific key wins ----
"$entente" eval-events --failures --dict "$dict" --date-override 2010-01-01 \
  --date-override z-2=1999-01-01 "$data/mini_gold.tsv" >"$tmp/fail" 2>/dev/null
check_status 0 $? "eval-events --date-override"
contains "$tmp/fail" "^  produced: ZNDGOV>VLT:050$" "--date-override z-2=1999-01-01"
contains "$tmp/fail" "^  date:     1999-01-01$" "--date-override date shown"
lacks "$tmp/fail" "^  date:     2000-01-01$" "--date-override beats the gold date"
"$entente" eval-events --dict "$dict" --date-override 1999-13-01 "$data/mini_gold.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "--date-override with a bad date"
contains "$tmp/err" "date-override" "bad --date-override message"

# ---- --list, and a gold file made from it ----
cp "$data/docs.jsonl" "$tmp/docs.jsonl"
(cd "$tmp" && "$entente" eval-events --list jsonl:docs.jsonl) >"$tmp/list.tsv" 2>"$tmp/err"
check_status 0 $? "--list jsonl:docs.jsonl"
contains "$tmp/err" "--list: 5 documents, 8 sentences" "--list summary"
[ "$(grep -c '^jsonl:docs.jsonl	' "$tmp/list.tsv")" = 8 ] || fail "--list: not 8 sentence lines"
contains "$tmp/list.tsv" "^entente-event-gold 1$" "--list format line"
contains "$tmp/list.tsv" "^jsonl:docs.jsonl	z-1	71	c0d1bfd159f56a5c	-		# Zendaria called for talks with Voltania.$" "--list line"
# Every line of the listing, with "-" for events, is a gold line naming a sentence that is there.
sed 's/	-		#/	-	-	#/' "$tmp/list.tsv" >"$tmp/all.tsv"
"$entente" eval-events --strict --dict "$dict" "$tmp/all.tsv" >"$tmp/out" 2>"$tmp/err"
check_status 0 $? "gold file made from --list"
contains "$tmp/out" "^gold: 1 file, 8 sentences scored$" "every listed sentence scored"
contains "$tmp/out" "^events: 0 gold, 6 produced" "listed sentences: produced events"
# With the default dictionaries (no --dict) an actor code must begin with a code of the tables;
# the example dictionary's own codes (ZND) are accepted only with it.
{
  printf 'entente-event-gold 1\n'
  grep '^jsonl:docs.jsonl	z-1	0	' "$tmp/list.tsv" | sed 's/	-		#/	-	QQQ>ZND:010	#/'
} >"$tmp/actor.tsv"
"$entente" eval-events "$tmp/actor.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "an unknown actor code with the default dictionaries (nothing left to score)"
contains "$tmp/err" "actor.tsv:2: event 1 'QQQ>ZND:010': actor code 'QQQ' does not begin with a country" "unknown actor code"
"$entente" eval-events --dict "$dict" "$tmp/actor.tsv" >"$tmp/out" 2>"$tmp/err"
check_status 0 $? "an actor code of the dictionary given with --dict"
contains "$tmp/out" "^gold: 1 file, 1 sentence scored$" "actor code of --dict accepted"
# The unfilled skeleton is reported line by line (no events column).
"$entente" eval-events --dict "$dict" "$tmp/list.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "the unfilled skeleton"
contains "$tmp/err" "list.tsv:4: no events column: write - for a sentence without events" "unfilled line"

# ---- bad inputs ----
printf 'reuters21578\tr\t0\t0123456789abcdef\t-\t-\n' >"$tmp/nohead.tsv"
"$entente" eval-events --dict "$dict" "$tmp/nohead.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "a file without the format line"
contains "$tmp/err" "nohead.tsv:1: not an event gold file" "format line message"
"$entente" eval-events --dict "$dict" "$tmp/no-such.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "a missing gold file"
contains "$tmp/err" "no-such.tsv: cannot open" "missing file message"
"$entente" eval-events --dict "$dict" >/dev/null 2>"$tmp/err"
check_status 1 $? "no gold file"
# Without --dict and without data/dictionaries/default: says so and names --dict.
mkdir -p "$tmp/data"
cp -r "$src/data/text" "$tmp/data/text"
"$entente" eval-events --data-dir "$tmp/data" "$data/mini_gold.tsv" >/dev/null 2>"$tmp/err"
check_status 1 $? "no default dictionaries"
contains "$tmp/err" "dictionaries/default are missing.*pass --dict" "missing default dictionaries"

# ---- the shared corpora: ids, texts and segmentation stay as annotated ----
if [ -d "$shared/news" ] && [ -d "$shared/ud" ]; then
  {
    printf 'entente-event-gold 1\n'
    printf 'reuters21578\treuters-1\t0\t9055ef64e04ce548\t-\t-\n'
    printf 'reuters21578\treuters-1\t260\t012bd29546333296\t-\t-\n'
    printf 'ungdc\tungdc-STP_75_2020.txt\t79\td93086739fffd87d\t-\t-\n'
    printf 'ud:en_ewt-ud-test.conllu\tweblog-blogspot.com_zentelligence_20040423000200_ENG_20040423_000200-0001\t0\tdb601a70243791be\t-\t-\n'
  } >"$tmp/shared.tsv"
  "$entente" eval-events --strict --failures --shared "$shared" --dict "$dict" "$tmp/shared.tsv" >"$tmp/out" 2>"$tmp/err"
  check_status 0 $? "gold lines on the shared corpora"
  contains "$tmp/out" "^gold: 1 file, 4 sentences scored$" "shared corpora: every sentence found"
  "$entente" eval-events --shared "$tmp/nowhere" --dict "$dict" "$tmp/shared.tsv" >/dev/null 2>"$tmp/err"
  check_status 1 $? "shared corpora missing"
  contains "$tmp/err" "corpus reuters21578: .*cannot open.*--shared" "missing corpus message"
  contains "$tmp/err" "shared.tsv:2: not found: no document reuters-1 in corpus reuters21578" "missing corpus: lines counted"
else
  echo "skipped: the shared-corpus checks ($shared/news and $shared/ud not found)"
fi

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all eval-events CLI checks passed"
