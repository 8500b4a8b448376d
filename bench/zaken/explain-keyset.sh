#!/usr/bin/env bash
# The SQL of GET /zaken before and after keyset behind page (README "Keyset behind page"): the counts, page 1, and
# each deep page by OFFSET (before), by ids first (after, a page with no known key) and by a seek (after), with
# EXPLAIN (ANALYZE, BUFFERS) on the bench database. Env as for bench.sh. Usage: explain-keyset.sh > out.txt
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
GR=$(python3 -c "import sys; sys.path.insert(0,'bench/zaken'); from common import *; print(','.join(\"'\"+g+\"'\" for g in load_state()['granted']))")
P=(psql -X -At -h 127.0.0.1 -p ${ZGW_DB_PORT:-56400} -U postgres -d zaken)
PRED="z.zaaktype IN ($GR) AND z.vertrouwelijkheidaanduiding IN ('openbaar','beperkt_openbaar','intern','zaakvertrouwelijk')"
TPRED="t.zaaktype IN ($GR) AND t.vertrouwelijkheidaanduiding IN ('openbaar','beperkt_openbaar','intern','zaakvertrouwelijk')"
ex() { echo "== $1"; echo "$2"; "${P[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $2" | grep -E "Scan|Sort|Limit|Join|Aggregate|Heap Fetches|Execution Time|Index Cond|Filter"; echo; }
KD=$("${P[@]}" -c "SELECT id FROM zaak z WHERE $PRED ORDER BY id OFFSET 74499 LIMIT 1")
KA=$("${P[@]}" -c "SELECT id FROM zaak ORDER BY id OFFSET 499899 LIMIT 1")
read -r KOI KOID <<<"$("${P[@]}" -F' ' -c "SELECT identificatie, id FROM zaak z WHERE $PRED ORDER BY identificatie DESC, id OFFSET 67399 LIMIT 1")"
read -r KAI KAID <<<"$("${P[@]}" -F' ' -c "SELECT identificatie, id FROM zaak z ORDER BY identificatie DESC, id OFFSET 199899 LIMIT 1")"
ex "count restricted, before: count(*)" "SELECT count(*) FROM zaak z WHERE $PRED"
ex "count restricted, after: zaak_telling" "SELECT coalesce(sum(t.aantal), 0) FROM zaak_telling t WHERE $TPRED"
ex "count admin, before: count(*)" "SELECT count(*) FROM zaak z"
ex "count admin, after: zaak_telling" "SELECT coalesce(sum(t.aantal), 0) FROM zaak_telling t"
ex "version (every list request with a keyset)" "SELECT count(t.id), max(t.id) FROM zaak_telling t"
ex "page 1 restricted (after: with the sort key)" "SELECT z.*, z.id FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE $PRED ORDER BY z.id LIMIT 100"
ex "deep p746 restricted, before: OFFSET" "SELECT z.* FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE $PRED ORDER BY z.id OFFSET 74500 LIMIT 100"
ex "deep p746 restricted, after cold: ids first" "SELECT z.id FROM zaak z WHERE $PRED ORDER BY z.id OFFSET 74500 LIMIT 100"
ex "deep p746 restricted, after: seek" "SELECT z.*, z.id FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE $PRED AND z.id > $KD ORDER BY z.id LIMIT 100"
ex "admin p5000, before: OFFSET" "SELECT z.* FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id ORDER BY z.id OFFSET 499900 LIMIT 100"
ex "admin p5000, after cold: ids first" "SELECT z.id FROM zaak z ORDER BY z.id OFFSET 499900 LIMIT 100"
ex "admin p5000, after: seek" "SELECT z.*, z.id FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE z.id > $KA ORDER BY z.id LIMIT 100"
ex "ordering=-identificatie p675 restricted, before: OFFSET" "SELECT z.* FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE $PRED ORDER BY z.identificatie DESC, z.id OFFSET 67400 LIMIT 100"
ex "ordering=-identificatie p675 restricted, after cold: ids first" "SELECT z.id, z.identificatie FROM zaak z WHERE $PRED ORDER BY z.identificatie DESC, z.id OFFSET 67400 LIMIT 100"
ex "ordering=-identificatie p675 restricted, after: seek" "SELECT z.*, z.identificatie, z.id FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE $PRED AND z.identificatie <= '$KOI' AND (z.identificatie < '$KOI' OR (z.identificatie = '$KOI' AND z.id > $KOID)) ORDER BY z.identificatie DESC, z.id LIMIT 100"
ex "ordering=-identificatie admin p2000, before: OFFSET" "SELECT z.* FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id ORDER BY z.identificatie DESC, z.id OFFSET 199900 LIMIT 100"
ex "ordering=-identificatie admin p2000, after cold: ids first" "SELECT z.id, z.identificatie FROM zaak z ORDER BY z.identificatie DESC, z.id OFFSET 199900 LIMIT 100"
ex "ordering=-identificatie admin p2000, after: seek" "SELECT z.*, z.identificatie, z.id FROM zaak z LEFT JOIN zaak h ON h.id = z.hoofdzaak_id WHERE z.identificatie <= '$KAI' AND (z.identificatie < '$KAI' OR (z.identificatie = '$KAI' AND z.id > $KAID)) ORDER BY z.identificatie DESC, z.id LIMIT 100"
