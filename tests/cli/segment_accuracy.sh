#!/bin/sh
# Sentence-splitting targets of issue 2 (boundary F1): PUD >= 0.99, GUM CC-BY >= 0.95, EWT >= 0.80.
# Usage: segment_accuracy.sh ENTENTE SHARED_DATA_DIR
set -u
entente=$1
ud=$2/ud
if [ ! -d "$ud" ]; then
  echo "skipped: $ud not found"
  exit 77
fi
status=0
"$entente" eval-segment "$ud/en_pud-ud-test.conllu" --min-f1 0.99 || status=1
"$entente" eval-segment "$ud/en_gum-ccby-ud-test.conllu" --min-f1 0.95 || status=1
"$entente" eval-segment "$ud/en_ewt-ud-test.conllu" --min-f1 0.80 || status=1
exit $status
