#!/bin/sh
# build-tables.sh — regenerate the code tables in data/tables/ from the facts in ../shared/data/cameo.
#
#   sh scripts/build-tables.sh [CAMEO_DIR [OUT_DIR]]
#
# CAMEO_DIR defaults to ../shared/data/cameo beside the checkout, OUT_DIR to data/tables/. The
# generated tables are committed; this script exists so that their provenance can be checked and
# reproduced (tests/unit/coding/code_tables_test.cc compares the shipped tables with the sources
# row by row). Output is deterministic: no dates, sorted rows, C locale. Anything odd in the sources
# (duplicates, values outside the PLOVER manual's vocabulary, codes in one list only) is reported on
# stderr and, where it concerns one row, recorded in that row.
#
# POSIX sh and awk only (tested with mawk), so it runs wherever the project builds.
set -eu
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/../shared/data/cameo}
out=${2:-$here/data/tables}

# Table format versions. Bump one when its columns or their meaning change; the loader
# (src/coding/code_tables.cc) refuses versions newer than it knows.
V_EVENTS=1
V_QUAD=1
V_PLOVER=1
V_TYPES=1
V_COUNTRIES=1

for f in cameo_codes_goldstein.tsv CAMEO2PLOVER-2021.txt cameo_actor_type_codes.tsv \
         gdelt_lookup_cameoType.txt gdelt_lookup_cameoCountry.txt; do
  if [ ! -r "$src/$f" ]; then
    echo "build-tables: $src/$f: cannot read (pass the cameo directory as the first argument)" >&2
    exit 1
  fi
done
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

sha() { sha256sum "$1" | cut -c1-64; }

# --- CAMEO -> PLOVER ---------------------------------------------------------------------------
# The PLOVER manual's vocabulary (event types and the modes of each; contexts), as summarised in
# ../shared/design/DOMAIN.md §2.5 from the PLOVER manual. Used only to flag rows whose mode or
# context the manual does not define; the values themselves are kept as published.
awk -F'\t' -v out="$tmp/plover.body" -v names="$tmp/plover.names" '
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function warn(msg) { printf "build-tables: CAMEO2PLOVER-2021.txt:%d: %s\n", NR, msg > "/dev/stderr" }
BEGIN {
  n = split("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN " \
            "SANCTION PROTEST MOBILIZE COERCE ASSAULT", t, " ")
  for (i = 1; i <= n; i++) is_type[t[i]] = 1
  modes["CONSULT"] = "visit third-party multilateral phone"
  modes["RETREAT"] = "withdraw release disarm ceasefire access resign"
  modes["REQUEST"] = "assist change yield meet"
  modes["REJECT"] = "assist change yield meet"
  modes["ACCUSE"] = "disapprove investigate allege"
  modes["THREATEN"] = "restrict arrest relations expel territory violence"
  modes["SANCTION"] = "convict expel withdraw discontinue"
  modes["PROTEST"] = "demo riot strike hunger boycott obstruct vandalize"
  modes["MOBILIZE"] = "troops weapons police militia"
  modes["COERCE"] = "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber"
  modes["ASSAULT"] = "abduct beat torture sexual targeted destroy primitive firearms explosives " \
                     "suicide-attack aerial drone heavy-weapons crowd-control unconventional sideab"
  for (ty in modes) { k = split(modes[ty], mm, " "); for (i = 1; i <= k; i++) { mode_ok[ty, mm[i]] = 1; any_mode[mm[i]] = 1 } }
  n = split("military intelligence executive legislative election political_institutions " \
            "pro_democracy pro_autocracy economic legal reparations human_rights rights_freedoms " \
            "repression human_security gender lgbt religion_ethnicity inequality diplomatic territory " \
            "peacekeeping health asylum migration disasters natural_resource environment technology " \
            "terrorism cbrn cyber misinformation crime corruption illegal_drugs trafficking", c, " ")
  for (i = 1; i <= n; i++) ctx_ok[c[i]] = 1
}
/^#/ || /^[ \t\r]*$/ { next }
/^~/ { ended = 1; next }            # "~~~~~" closes the file
{
  if (ended) { warn("text after the closing ~~~~~ line"); bad++; next }
  line = $0
  colon = index(line, ":")
  if (colon == 0) { warn("no \"CODE:\""); bad++; next }
  code = trim(substr(line, 1, colon - 1))
  rest = substr(line, colon + 1)
  if (code !~ /^[0-9][0-9][0-9]?[0-9]?$/) { warn("bad code \"" code "\""); bad++; next }
  label = ""
  h = index(rest, "#")
  if (h > 0) { label = trim(substr(rest, h + 1)); rest = substr(rest, 1, h - 1) }
  k = split(rest, f, ",")
  type = trim(f[1])
  if (!(type in is_type)) { warn("unknown PLOVER event type \"" type "\""); bad++; next }
  if (length(code) == 2) {
    # A section header ("08: CONCEDE"); 08 appears twice (CONCEDE, then RETREAT). The first header
    # names the root: it agrees with the root residual code 080 (CONCEDE).
    if (code in header) { header2[code] = header2[code] " " type; next }
    header[code] = type
    next
  }
  if (k > 3) warn("more than three comma-separated fields; extra fields ignored")
  mode = tolower(trim(f[2]))
  notes = ""
  nctx = split(f[3], cs, ";")
  ctx = ""
  # A context written in the mode slot ("175: ASSAULT, pro_autocracy , military") is moved to the
  # contexts: it is not a mode of any type, and it is one of the manual'"'"'s contexts.
  if (mode != "" && !(mode in any_mode) && (mode in ctx_ok)) {
    ctx = mode; mode = ""; notes = notes " context-in-mode-slot"
  }
  for (i = 1; i <= nctx; i++) {
    cx = tolower(trim(cs[i]))
    if (cx == "") continue
    if (!(cx in ctx_ok)) { notes = notes " context-not-in-manual"; leftover_ctx[cx] = leftover_ctx[cx] " " code }
    ctx = (ctx == "") ? cx : ctx ";" cx
  }
  if (mode != "" && !((type, mode) in mode_ok)) {
    notes = notes " mode-not-in-manual"; leftover_mode[mode] = leftover_mode[mode] " " code
  }
  value = type "\t" mode "\t" ctx
  if (code in seen) {
    if (seen[code] != value) { warn("code " code " listed twice with different mappings; first kept"); conflict++ }
    else warn("code " code " listed twice with the same mapping; one kept")
    twice[code] = 1
    next
  }
  seen[code] = value; order[++count] = code; note[code] = notes; name[code] = label
}
END {
  for (i = 1; i <= count; i++) {
    code = order[i]; split(seen[code], v, "\t")
    root = substr(code, 1, 2)
    n = note[code]
    if (code in twice) n = n " listed-twice"
    # A code whose type is not its own root'"'"'s (163 COERCE under 16 SANCTION; 191 COERCE under
    # 19 ASSAULT): deliberate in the 2021 mapping, worth knowing when aggregating by root.
    if ((root in header) && v[1] != header[root] && !((root in header2) && index(header2[root], v[1]) > 0)) n = n " crosses-root"
    sub(/^ /, "", n)
    printf "%s\t%s\t%s\t%s\t%s\n", code, v[1], v[2], v[3], n > out
    printf "%s\t%s\n", code, name[code] > names
  }
  for (r in header) {
    n = "section-header"
    if (r in header2) n = n " second-header-" substr(header2[r], 2)
    printf "%s\t%s\t\t\t%s\n", r, header[r], n > out
    printf "%s\t\n", r > names
  }
  for (m in leftover_mode) printf "build-tables: PLOVER mode \"%s\" is not in the manual for its type:%s\n", m, leftover_mode[m] > "/dev/stderr"
  for (m in leftover_ctx) printf "build-tables: PLOVER context \"%s\" is not in the manual:%s\n", m, leftover_ctx[m] > "/dev/stderr"
  for (r in header2) printf "build-tables: PLOVER section %s appears twice (%s then%s); the first names the root\n", r, header[r], header2[r] > "/dev/stderr"
  if (bad || conflict) exit 1
}' "$src/CAMEO2PLOVER-2021.txt"

{
  printf '#! entente-table cameo_plover %s\n' "$V_PLOVER"
  cat <<EOF
# CAMEO event code -> PLOVER event type, mode and contexts.
# Generated by scripts/build-tables.sh; edit the script or the source, not this file.
# Source: CAMEO2PLOVER-2021.txt (sha256 $(sha "$src/CAMEO2PLOVER-2021.txt")),
#   "CAMEO to PLOVER conversion table", PLOVER manual draft 0.8, 17 September 2021, edited by
#   Philip Schrodt; openeventdata/PLOVER, CC BY-SA 4.0. This table is an adaptation of it (the
#   same facts in entente's table format, normalised as below) and is licensed CC BY-SA 4.0 too
#   (see NOTICE).
#
# Codes absent here have no PLOVER equivalent: PLOVER drops CAMEO 01 (statements) and 02 (appeals),
# and the 2021 mapping does not list 0110, 0357, 109, 1641-1643.
# Normalised: blanks trimmed, modes and contexts lower-case, contexts joined with ";", a context
# written in the mode slot (175) moved to the contexts, the duplicate 175 line kept once. Modes and
# contexts outside the PLOVER manual are kept as published and flagged in notes.
#
# Columns:
#   code         CAMEO code (string)
#   plover_type  one of the 16 PLOVER event types
#   mode         PLOVER mode, empty when none is given
#   context      PLOVER contexts, ";"-separated, empty when none
#   notes        space-separated flags:
#                  section-header         a root row, from the file's "NN: TYPE" section header
#                  second-header-TYPE     the root has a second section header (08: RETREAT)
#                  crosses-root           the type differs from the root's (163, 175, 1712, 191, 192)
#                  mode-not-in-manual     the mode is not one the PLOVER manual defines for the type
#                  context-not-in-manual  a context is not one of the manual's 37
#                  context-in-mode-slot   the source wrote a context where the mode goes
#                  listed-twice           the source lists the code twice (same mapping)
EOF
  printf 'code\tplover_type\tmode\tcontext\tnotes\n'
  sort -t"$(printf '\t')" -k1,1 "$tmp/plover.body"
} > "$tmp/cameo_plover.tsv"

# --- Root -> quad class, per convention --------------------------------------------------------
# gdelt is read off the data (quadclass_gdelt of every code; all codes of a root must agree). The
# ICEWS and Phoenix conventions are not in ../shared/data/cameo: they are defined by root ranges in
# ../shared/design/DOMAIN.md §2.2 (R package icews; Phoenix data documentation), written out here.
awk -F'\t' -v out="$tmp/quad.body" '
function icews(r)   { return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4 }
function phoenix(r) { return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : (r <= 13 || r == 16) ? 3 : 4 }
NR == 1 { next }
{
  root = substr($1, 1, 2)
  if ($7 !~ /^[1-4]$/) { printf "build-tables: cameo_codes_goldstein.tsv:%d: bad quadclass_gdelt \"%s\"\n", NR, $7 > "/dev/stderr"; bad = 1; next }
  if ((root in q) && q[root] != $7) {
    printf "build-tables: cameo_codes_goldstein.tsv:%d: code %s has quad %s, root %s has %s\n", NR, $1, $7, root, q[root] > "/dev/stderr"; bad = 1; next
  }
  q[root] = $7
}
END {
  for (r in q) printf "%s\t%s\t%s\t%s\n", r, q[r], icews(r + 0), phoenix(r + 0) > out
  if (bad) exit 1
}' "$src/cameo_codes_goldstein.tsv"

{
  printf '#! entente-table cameo_quad_classes %s\n' "$V_QUAD"
  cat <<EOF
# CAMEO root -> quad class under three published conventions. There is no single standard
# (../shared/design/DOMAIN.md §2.2); the disputed roots are 09, 14 and 16. Every aggregate names the
# convention it used.
#   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict,
#   0 neutral (Phoenix only: roots 01 and 02).
# Generated by scripts/build-tables.sh.
# Sources:
#   gdelt    GDELT QuadClass, the quadclass_gdelt column of cameo_codes_goldstein.tsv
#            (sha256 $(sha "$src/cameo_codes_goldstein.tsv")); every code of a root agrees.
#            Default: it is what GDELT rows carry.
#   icews    the R package icews (andybega/icews): 01-05, 06-08, 09-13, 14-20 ("penta" splits 01 out)
#   phoenix  the Phoenix data set: 0 = 01-02; 1 = 03-05; 2 = 06-08; 3 = 09-13, 16; 4 = 14, 15, 17-20
#
# Columns: root, then one column per convention.
EOF
  printf 'root\tgdelt\ticews\tphoenix\n'
  sort "$tmp/quad.body"
} > "$tmp/cameo_quad_classes.tsv"

# --- Event codes -------------------------------------------------------------------------------
# Name: the ICEWS table's wording (it agrees with the 4-digit refinements and with the labels of
# the PLOVER mapping), else GDELT's lookup label. GDELT's labels are older in places (101, 105,
# 107, 108 name other events), one is mis-encoded (044) and one swallowed the next row (1056
# holds 106's label), so they are only a fallback. Blanks are collapsed and the first letter
# capitalised ("fight with ...").
awk -F'\t' -v out="$tmp/events.body" '
function clean(s) { gsub(/[ \t]+/, " ", s); sub(/^ /, "", s); sub(/ $/, "", s); return toupper(substr(s, 1, 1)) substr(s, 2) }
function score(v, code, col) {
  if (v == "") return ""
  if (v !~ /^-?[0-9]+(\.[0-9]+)?$/ || v + 0 < -10 || v + 0 > 10) {
    printf "build-tables: cameo_codes_goldstein.tsv: code %s: bad %s \"%s\"\n", code, col, v > "/dev/stderr"; bad = 1; return ""
  }
  s = sprintf("%.1f", v)
  if (s + 0 != v + 0) { printf "build-tables: code %s: %s \"%s\" needs more than one decimal\n", code, col, v > "/dev/stderr"; bad = 1 }
  return s
}
FILENAME == ARGV[1] { plover_name[$1] = $2; next }     # plover.names: code, label
FNR == 1 {
  if ($0 != "code\tname_gdelt_lookup\tname_icews_table\tgoldstein_icews_table(andybega/icews)\tgoldstein_phoenix(CAMEO.SCALE)\tgoldstein_seen_in_gdelt_sample\tquadclass_gdelt") {
    print "build-tables: cameo_codes_goldstein.tsv: unexpected header; update this script" > "/dev/stderr"; exit 1
  }
  next
}
{
  if (NF != 7) { printf "build-tables: cameo_codes_goldstein.tsv:%d: %d fields, expected 7\n", FNR, NF > "/dev/stderr"; bad = 1; next }
  code = $1
  if (code !~ /^[0-9][0-9][0-9]?[0-9]?$/) { printf "build-tables: cameo_codes_goldstein.tsv:%d: bad code\n", FNR > "/dev/stderr"; bad = 1; next }
  if (code in seen) { printf "build-tables: cameo_codes_goldstein.tsv:%d: duplicate code %s\n", FNR, code > "/dev/stderr"; bad = 1; next }
  seen[code] = 1
  quad[substr(code, 1, 2)] = $7
  name = ($3 != "") ? clean($3) : clean($2)
  if (name ~ /[\200-\377]/) printf "build-tables: code %s: name is not ASCII: %s\n", code, name > "/dev/stderr"
  if (name == "") unnamed = unnamed " " code
  src = ""
  if ($2 != "") src = src ",gdelt"
  if ($4 != "") src = src ",icews"
  if ($5 != "") src = src ",phoenix"
  if (code in plover_name) src = src ",plover"
  gp = score($5, code, "goldstein_phoenix"); gi = score($4, code, "goldstein_icews")
  if (gp != "" && gi != "" && gp != gi) conflicts = conflicts " " code
  if ((gp == "") != (gi == "")) one_only++
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", code, substr(code, 1, 2), name, gp, gi, $7, substr(src, 2) > out
}
END {
  # Codes that only the PLOVER mapping lists (1214 "Reject intelligence cooperation", also in
  # the TABARI CAMEO.091003 verbs): known codes with a name and a PLOVER type, but no Goldstein value.
  for (code in plover_name) if (!(code in seen)) {
    root = substr(code, 1, 2)
    if (!(root in quad)) { printf "build-tables: PLOVER code %s has an unknown root\n", code > "/dev/stderr"; bad = 1; continue }
    printf "%s\t%s\t%s\t\t\t%s\tplover\n", code, root, clean(plover_name[code]), quad[root] > out
    printf "build-tables: code %s is only in CAMEO2PLOVER-2021.txt (added, unscored)\n", code > "/dev/stderr"
  }
  if (unnamed != "") printf "build-tables: no source names code(s)%s\n", unnamed > "/dev/stderr"
  printf "build-tables: Goldstein tables conflict on%s; %d codes are in one table only\n", conflicts, one_only > "/dev/stderr"
  if (bad) exit 1
}' "$tmp/plover.names" "$src/cameo_codes_goldstein.tsv"

{
  printf '#! entente-table cameo_events %s\n' "$V_EVENTS"
  cat <<EOF
# CAMEO event codes: every 2-digit root, 3-digit base and 4-digit refinement in the published lists,
# with name, root, both published Goldstein tables and the GDELT quad class.
# Generated by scripts/build-tables.sh; edit the script or the source, not this file.
# Sources (facts; see NOTICE):
#   cameo_codes_goldstein.tsv (sha256 $(sha "$src/cameo_codes_goldstein.tsv")): the union of
#     GDELT's CAMEO lookup (310 codes), the ICEWS CAMEO table (312) and Phoenix CAMEO.SCALE.txt (285)
#   CAMEO2PLOVER-2021.txt (sha256 $(sha "$src/CAMEO2PLOVER-2021.txt")): code 1214, listed nowhere
#     else, and PLOVER membership
#
# The two Goldstein tables (Goldstein 1992, J. Peace Research 29:3, extended to CAMEO) disagree on
# 6 codes (016, 124, 1246, 163, 164, 166) and 39 codes are in one table only. Both are kept; the
# loader uses goldstein_phoenix unless told otherwise, because GDELT 2.0 rows carry those values.
#
# Columns:
#   code               CAMEO code, a string: leading zeros matter ("0211" is not "211")
#   root               its first two digits (the root code, also a row)
#   name               the ICEWS table's wording (consistent with the 4-digit refinements), else
#                      GDELT's lookup label; empty when no source names it (0110, 0357, 109, 1641-1643)
#   goldstein_phoenix  Phoenix/PETRARCH CAMEO.SCALE.txt, -10..+10; empty = not in that table
#   goldstein_icews    ICEWS CAMEO table as in the R package icews (andybega/icews); empty = absent
#   quad_gdelt         GDELT QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict,
#                      4 material conflict (other conventions: cameo_quad_classes.tsv)
#   sources            lists that hold the code: gdelt (GDELT lookup), icews, phoenix (the
#                      Goldstein tables), plover (CAMEO2PLOVER-2021, codes and section roots)
EOF
  printf 'code\troot\tname\tgoldstein_phoenix\tgoldstein_icews\tquad_gdelt\tsources\n'
  sort -t"$(printf '\t')" -k1,1 "$tmp/events.body"
} > "$tmp/cameo_events.tsv"

# --- Actor types and countries ------------------------------------------------------------------
if ! cmp -s "$src/cameo_actor_type_codes.tsv" "$src/gdelt_lookup_cameoType.txt"; then
  echo "build-tables: cameo_actor_type_codes.tsv and gdelt_lookup_cameoType.txt differ; using the first" >&2
fi

# Two-column lookups (CODE, LABEL): header checked, duplicates dropped (UIS is listed twice in the
# actor types), source order kept (it groups the codes: state, society, transnational; regions
# before countries).
lookup() {  # lookup SOURCE > body
  awk -F'\t' -v file="$(basename "$1")" '
  function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
  NR == 1 { if (trim($0) != "CODE\tLABEL") { print "build-tables: " file ": unexpected header" > "/dev/stderr"; exit 1 } next }
  /^[ \t\r]*$/ { next }
  {
    code = trim($1); name = trim($2)
    if (NF != 2 || code !~ /^[A-Z][A-Z][A-Z]$/ || name == "") { printf "build-tables: %s:%d: bad line\n", file, NR > "/dev/stderr"; bad = 1; next }
    if (code in seen) {
      if (seen[code] != name) { printf "build-tables: %s:%d: %s listed again as \"%s\"\n", file, NR, code, name > "/dev/stderr"; bad = 1 }
      else printf "build-tables: %s:%d: %s listed twice; kept once\n", file, NR, code > "/dev/stderr"
      next
    }
    seen[code] = name
    printf "%s\t%s\n", code, name
  }
  END { if (bad) exit 1 }' "$1"
}

lookup "$src/cameo_actor_type_codes.tsv" > "$tmp/types.body"
{
  printf '#! entente-table cameo_actor_types %s\n' "$V_TYPES"
  cat <<EOF
# CAMEO actor type (role) codes: the 3-character elements after the country in an actor code
# (USAGOV, SYRREB). Generated by scripts/build-tables.sh.
# Source: cameo_actor_type_codes.tsv (sha256 $(sha "$src/cameo_actor_type_codes.tsv")), identical
#   to GDELT's lookup table gdelt_lookup_cameoType.txt; UIS, listed twice there, is kept once.
# Note: MED is media in CAMEO but health in PLOVER (CAMEO's health code is HLH).
# Columns: code, name.
EOF
  printf 'code\tname\n'
  cat "$tmp/types.body"
} > "$tmp/cameo_actor_types.tsv"

lookup "$src/gdelt_lookup_cameoCountry.txt" > "$tmp/countries.body"
{
  printf '#! entente-table cameo_countries %s\n' "$V_COUNTRIES"
  cat <<EOF
# CAMEO country codes: the first element of an actor code. Mostly ISO 3166-1 alpha-3, plus legacy
# codes (ROM, TMP), territories and places (WSB, GZS, BAG) and regions (AFR, MEA, WST) listed first.
# These are not the FIPS 10-4 codes of GDELT's geography columns (FIPS RS = Russia, CAMEO RUS).
# Generated by scripts/build-tables.sh.
# Source: GDELT lookup table gdelt_lookup_cameoCountry.txt
#   (sha256 $(sha "$src/gdelt_lookup_cameoCountry.txt")), order kept.
# Columns: code, name.
EOF
  printf 'code\tname\n'
  cat "$tmp/countries.body"
} > "$tmp/cameo_countries.tsv"

# All five built: only now replace the shipped tables, so a failure never leaves a mixed set.
for t in cameo_events cameo_quad_classes cameo_plover cameo_actor_types cameo_countries; do
  cp "$tmp/$t.tsv" "$out/$t.tsv"
  rows=$(awk 'BEGIN { n = -1 } /^#/ { next } NF { n++ } END { print n }' "$out/$t.tsv")
  echo "build-tables: wrote $out/$t.tsv ($rows rows)" >&2
done
