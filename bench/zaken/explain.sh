#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the statements the service ran (captured by baseline.sh into $OUT/sql/*.sql), for
# the scenarios that miss their target, and of equivalent rewrites that show what an index-only plan costs.
# OUT=bench/zaken/results/run-1m bench/zaken/explain.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=${OUT:?set OUT to the run directory}
. "$OUT/params.env"
PSQL=(psql -X -h 127.0.0.1 -p "${ZGW_DB_PORT:-54329}" -U postgres -d zaken)
ex() { # file label sql
  { echo "-- $2"; echo "$3" | cut -c1-3000; "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $3"; } >"$OUT/$1" 2>&1
  echo "$1: $(grep -E 'Execution Time' "$OUT/$1")"
}
nth() { grep -v '^BEGIN;$\|^COMMIT;$' "$OUT/sql/$1.sql" | sed -n "${2}p" | sed 's/;$//'; }
ex explain-list-p1-count.txt "the count of GET /zaken (restricted)" "$(nth list-p1 1)"
ex explain-list-p1-page.txt "the page of GET /zaken (restricted)" "$(nth list-p1 2)"
ex explain-list-deep-page.txt "the page of GET /zaken?page=$DEEP (restricted)" "$(nth list-deep 2)"
ex explain-ordering-deep-page.txt "the page of GET /zaken?ordering=-identificatie&page=$ODEEP (restricted)" "$(nth ordering-deep 2)"
ex explain-list-p5000-admin-count.txt "the count of GET /zaken?page=5000 (admin)" "$(nth list-p5000-admin 1)"
ex explain-list-p5000-admin-page.txt "the page of GET /zaken?page=5000 (admin)" "$(nth list-p5000-admin 2)"
ex explain-ordering-p2000-admin-page.txt "the page of GET /zaken?ordering=-identificatie&page=2000 (admin)" "$(nth ordering-p2000-admin 2)"
ex explain-bsn-count.txt "the count of GET /zaken?rol__...inpBsn (restricted)" "$(nth bsn 1)"
LEVELS="'openbaar','beperkt_openbaar','intern','zaakvertrouwelijk'"
# rewrites (not what the service runs): the same predicate as = ANY, or as a join to the granted pairs
ex explain-rewrite-count-any.txt "REWRITE: the restricted count with = ANY instead of 10 OR branches" \
  "SELECT count(*) FROM zaak WHERE zaaktype = ANY(ARRAY[$GRANTED]) AND vertrouwelijkheidaanduiding = ANY(ARRAY[$LEVELS])"
ex explain-rewrite-count-join.txt "REWRITE: the restricted count as a join to the granted (zaaktype, level) pairs" \
  "SELECT count(*) FROM zaak z JOIN (SELECT t, l FROM unnest(ARRAY[$GRANTED]) t, unnest(ARRAY[$LEVELS]) l) g ON z.zaaktype = g.t AND z.vertrouwelijkheidaanduiding = g.l"
ex explain-rewrite-deep-ids-first.txt "REWRITE: page $DEEP as ids first (index-only), then the 100 rows" \
  "SELECT z.* FROM zaak z JOIN (SELECT id FROM zaak WHERE zaaktype = ANY(ARRAY[$GRANTED]) AND vertrouwelijkheidaanduiding = ANY(ARRAY[$LEVELS]) ORDER BY id OFFSET $(( (DEEP - 1) * 100 )) LIMIT 100) p ON p.id = z.id ORDER BY z.id"
ex explain-rewrite-ordering-ids-first.txt "REWRITE: ordering=-identificatie page $ODEEP as (id, identificatie) first, then the 100 rows" \
  "SELECT z.* FROM zaak z JOIN (SELECT id, identificatie FROM zaak WHERE zaaktype = ANY(ARRAY[$GRANTED]) AND vertrouwelijkheidaanduiding = ANY(ARRAY[$LEVELS]) ORDER BY identificatie DESC, id OFFSET $(( (ODEEP - 1) * 100 )) LIMIT 100) p ON p.id = z.id ORDER BY z.identificatie DESC, z.id"
if [ "${INDEX_TRIAL:-0}" = 1 ]; then
  # a trial index (created, measured, dropped again: the schema stays the service's own)
  "${PSQL[@]}" -qc "CREATE INDEX zbench_trial_zaaktype_vh_id ON zaak (zaaktype, vertrouwelijkheidaanduiding, id)"
  "${PSQL[@]}" -qc "VACUUM ANALYZE zaak"
  ex explain-trial-deep-ids-first.txt "TRIAL INDEX (zaaktype, vertrouwelijkheidaanduiding, id) + REWRITE ids first, page $DEEP" \
    "SELECT z.* FROM zaak z JOIN (SELECT id FROM zaak WHERE zaaktype = ANY(ARRAY[$GRANTED]) AND vertrouwelijkheidaanduiding = ANY(ARRAY[$LEVELS]) ORDER BY id OFFSET $(( (DEEP - 1) * 100 )) LIMIT 100) p ON p.id = z.id ORDER BY z.id"
  ex explain-trial-deep-service-sql.txt "TRIAL INDEX (zaaktype, vertrouwelijkheidaanduiding, id), the service's own page $DEEP statement" "$(nth list-deep 2)"
  "${PSQL[@]}" -qc "DROP INDEX zbench_trial_zaaktype_vh_id"
fi
