#!/bin/sh
# Tagging and parsing accuracy of the shipped model on the UD English test sets (gold words).
# Skipped (exit 77) without ../shared/data or data/models/en_syntax.model.
#
# Two levels, printed side by side:
#   - regression floors (enforced): a little below what the shipped model measured when it was
#     trained (see its header); a change that loses accuracy fails here;
#   - the targets of issue 3 (reported, not yet enforced: the shipped model does not reach them
#     yet — docs/BENCHMARKS.md has the numbers). Set ENTENTE_ENFORCE_SYNTAX_TARGETS=1 to enforce.
# Usage: syntax_accuracy.sh ENTENTE SHARED_DATA_DIR SOURCE_DIR
set -u
entente=$1
ud=$2/ud
model=$3/data/models/en_syntax.model
if [ ! -d "$ud" ] || [ ! -f "$model" ]; then
  echo "skipped: $ud or $model not found"
  exit 77
fi
status=0
# file  floor-UPOS floor-UAS floor-LAS  target-UPOS target-UAS target-LAS
while read -r file fu fa fl tu ta tl; do
  out=$("$entente" eval-syntax --model "$model" -j 2 --json "$ud/$file") || { status=1; continue; }
  echo "$out"
  check() {  # name value floor target
    awk -v n="$1" -v v="$2" -v f="$3" -v t="$4" -v file="$file" -v enforce="${ENTENTE_ENFORCE_SYNTAX_TARGETS:-0}" 'BEGIN {
      v = v * 100
      s = sprintf("%s %s %.2f (floor %.2f, target %.2f)", file, n, v, f, t)
      if (v < f) { print "FAIL below floor: " s; exit 1 }
      if (v < t) { print (enforce == "1" ? "FAIL below target: " : "below target: ") s; exit (enforce == "1") }
      print "ok: " s
    }'
  }
  upos=$(echo "$out" | sed -n 's/.*"upos":\([0-9.]*\).*/\1/p')
  uas=$(echo "$out" | sed -n 's/.*"uas":\([0-9.]*\).*/\1/p')
  las=$(echo "$out" | sed -n 's/.*"las":\([0-9.]*\).*/\1/p')
  if [ -z "$upos" ] || [ -z "$uas" ] || [ -z "$las" ]; then
    echo "FAIL: could not read scores for $file"; status=1; continue
  fi
  check UPOS "$upos" "$fu" "$tu" || status=1
  check UAS "$uas" "$fa" "$ta" || status=1
  check LAS "$las" "$fl" "$tl" || status=1
done <<'TABLE'
en_ewt-ud-test.conllu 94.3 83.5 80.0 95.5 87.0 84.0
en_gum-ccby-ud-test.conllu 94.5 82.5 78.8 95.0 86.0 82.5
en_pud-ud-test.conllu 94.2 81.2 77.5 95.0 86.0 82.0
TABLE
exit $status
