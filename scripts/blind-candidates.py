#!/usr/bin/env python3
"""Candidate sentences for a blind event gold set (data/eval/README.md, "Blind check sets").

Reads the skeleton that `entente eval-events --list CORPUS` prints and keeps, in a seeded random
order of documents, up to PER_DOC random sentences per document that name actors. Actors are
found with an external country list (../shared/data/facts/mledoze-countries) and a short list of
organisations -- never with entente's dictionaries or output, so that the choice of sentences
does not lean towards what the coder knows.

  entente eval-events --list reuters21578 > all.tsv
  scripts/blind-candidates.py all.tsv --seed 3101 --docs 400 --per-doc 3 --mode pair \\
      --exclude data/eval/events-dev.tsv --exclude data/eval/events-blind-1.tsv > candidates.tsv

Modes: `pair` keeps sentences naming two different actors (news); `foreign` keeps sentences
naming a country other than the speaker's (UN speeches, whose file names start with the
speaker's country code); `foreign-state` is `foreign` without the organisations.
"""
import argparse
import json
import os
import random
import re
import sys

ORGS = {'EC': 'EEC', 'European Community': 'EEC', 'European Union': 'EEC', 'EU': 'EEC',
        'OPEC': 'OPC', 'GATT': 'GAT', 'United Nations': 'UNO', 'U.N.': 'UNO',
        'Security Council': 'UNO', 'Secretary-General': 'UNO', 'NATO': 'NAT', 'IMF': 'IMF',
        'World Bank': 'WBK', 'African Union': 'AFU', 'ASEAN': 'ASN'}
# Names the country list spells otherwise (1987 usage, short forms).
EXTRA = {'U.S.': 'USA', 'United States': 'USA', 'American': 'USA', 'Americans': 'USA',
         'Soviet': 'SUN', 'Soviets': 'SUN', 'Soviet Union': 'SUN', 'Kremlin': 'RUS',
         'Britain': 'GBR', 'British': 'GBR', 'U.K.': 'GBR', 'West Germany': 'DEU',
         'West German': 'DEU', 'Bonn': 'DEU', 'Peking': 'CHN', 'Taiwan': 'TWN',
         'Taiwanese': 'TWN', 'Palestine': 'PSE', 'Palestinian': 'PSE', 'Palestinians': 'PSE',
         'Israeli': 'ISR', 'Iranian': 'IRN'}


def country_terms(path):
    terms = {}

    def add(t, k):
        t = t.strip()
        if len(t) >= 3:
            terms[t] = k
    for c in json.load(open(path, encoding='utf-8')):
        k = c['cca3']
        add(c['name']['common'], k)
        add(c['name']['official'], k)
        for cap in c.get('capital') or []:
            add(cap, k)
        for v in ((c.get('demonyms') or {}).get('eng') or {}).values():
            add(v, k)
            add(v + 's', k)
    terms.update(EXTRA)
    return terms


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('skeleton')
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--docs', type=int, default=400)
    ap.add_argument('--per-doc', type=int, default=3)
    ap.add_argument('--mode', choices=['pair', 'foreign', 'foreign-state'], default='pair')
    ap.add_argument('--exclude', action='append', default=[],
                    help='gold or candidate file whose documents are left out (repeatable)')
    ap.add_argument('--facts', default=os.path.join(os.path.dirname(__file__), '..', '..',
                                                    'shared', 'data', 'facts'))
    a = ap.parse_args()
    countries = os.path.join(a.facts, 'mledoze-countries', 'countries.json')
    if not os.path.exists(countries):
        sys.exit(f'skipped: {countries} not found (use --facts)')
    terms = country_terms(countries)
    if a.mode != 'foreign-state':
        terms.update(ORGS)
    pat = re.compile(r'(?<![\w.])(' + '|'.join(sorted(map(re.escape, terms), key=len, reverse=True))
                     + r')(?![\w])')
    excluded = set()
    for f in a.exclude:
        for line in open(f, encoding='utf-8'):
            cols = line.split('\t')
            if len(cols) > 2 and not line.startswith('#'):
                excluded.add(cols[1])
    by_doc = {}
    for line in open(a.skeleton, encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        f = line.rstrip('\n').split('\t')
        if f[1] in excluded:
            continue
        text = f[6][2:] if len(f) > 6 else ''
        if not 30 <= len(text) <= 400:
            continue
        found = {terms[m] for m in pat.findall(text)}
        if a.mode == 'pair':
            keep = len(found) >= 2
        else:
            found.discard(f[1].split('-', 1)[1][:3])  # the speaker's own country
            keep = len(found) >= 1
        if keep:
            by_doc.setdefault(f[1], []).append(line)
    rng = random.Random(a.seed)
    docs = sorted(by_doc)
    rng.shuffle(docs)
    print('entente-event-gold 1')
    n = 0
    for d in docs[:a.docs]:
        lines = by_doc[d][:]
        rng.shuffle(lines)
        for line in sorted(lines[:a.per_doc], key=lambda l: int(l.split('\t')[2])):
            sys.stdout.write(line)
            n += 1
    print(f'{n} sentences from {min(a.docs, len(docs))} of {len(docs)} candidate documents',
          file=sys.stderr)


if __name__ == '__main__':
    main()
