#!/usr/bin/env bash
# The raw PostgreSQL baseline of bench.sh: the statements the Zaken service runs for one request of each scenario,
# taken from the server's own log (log_min_duration_statement = 0 for the capture only, then reset), replayed
# by pgbench as one transaction per request (parameters inlined, planned per execution as the service's unnamed
# statements are), at 1 and 16 clients. Writes: POST /zaken + status + rol as captured, with fresh uuids and
# identificatie from the same counter row (baseline_sql.py turns the captured statements into pgbench scripts).
# Run after bench.sh (it reads $OUT/params.env) or standalone: OUT=bench/zaken/results/run-x bench/zaken/baseline.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
HERE=bench/zaken
OUT=${OUT:?set OUT to the run directory of bench.sh}
D1=${D1:-15}
D16=${D16:-30}
. "$OUT/params.env"
GW=http://localhost:${ZGW_GATEWAY_PORT:-8000}
Z=$GW/zaken/api/v1
DATA=${ZGW_DATA_DIR:-data}
PGLOG=$DATA/logs/postgres.log
PSQL=(psql -X -q -At -h 127.0.0.1 -p "${ZGW_DB_PORT:-54329}" -U postgres -d zaken)
mkdir -p "$OUT/sql"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/bench.log"; }
RESTRICTED=$(python3 -c "import sys; sys.path.insert(0,'$HERE'); from common import *; s=load_state(); print(jwt(s['restricted'], '${RESTRICTED_SECRET:-zbench-restricted-secret-0123456789abcdef}'))")
ADMIN=$(./zgw token)
R=(-H "Authorization: Bearer $RESTRICTED" -H 'Accept-Crs: EPSG:4326')
A=(-H "Authorization: Bearer $ADMIN" -H 'Accept-Crs: EPSG:4326')
mark() { "${PSQL[@]}" -c "SELECT 'ZBENCH-MARK $1'" >/dev/null; }

reset_log() { "${PSQL[@]}" -c "ALTER SYSTEM RESET log_min_duration_statement" -c "ALTER SYSTEM RESET log_line_prefix" \
  -c "SELECT pg_reload_conf()" >/dev/null; }
"${PSQL[@]}" -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] db=%d '" \
  -c "SELECT pg_reload_conf()" >/dev/null
trap reset_log EXIT
sleep 1
run=$RANDOM
capture() { # name curl-args...
  local name=$1; shift
  curl -s -o /dev/null "$@"   # once unlogged-equal: warm caches of the service (autorisaties, catalogi)
  mark "$run-$name"; curl -s -o /dev/null -w "$name %{http_code}\n" "$@" | tee -a "$OUT/bench.log"; mark "$run-$name-end"
}
capture list-p1 "${R[@]}" "$Z/zaken"
capture list-deep "${R[@]}" "$Z/zaken?page=$DEEP"
capture list-p5000-admin "${A[@]}" "$Z/zaken?page=5000"
capture ordering-deep "${R[@]}" "$Z/zaken?ordering=-identificatie&page=$ODEEP"
capture ordering-p2000-admin "${A[@]}" "$Z/zaken?ordering=-identificatie&page=2000"
capture bsn "${R[@]}" "$Z/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=$BSN"
capture detail-expand "${R[@]}" "$Z/zaken/$UUID?expand=status,rollen,zaaktype"
BODY=$(python3 -c "import sys,json,time; sys.path.insert(0,'$HERE'); from common import *; s=load_state(); print(json.dumps({'bronorganisatie':'517439943','verantwoordelijkeOrganisatie':'517439943','zaaktype':s['granted'][0],'omschrijving':'Bench nieuw','startdatum':time.strftime('%Y-%m-%d'),'vertrouwelijkheidaanduiding':'intern'}))")
capture post-zaak "${R[@]}" -H 'Content-Crs: EPSG:4326' -H 'Content-Type: application/json' -d "$BODY" "$Z/zaken"
mark "$run-flow"
OUT_FLOW=$(FLOWS_MAX=1 python3 $HERE/flow.py 1 60)   # exactly one flow: POST /zaken, status, rol
mark "$run-flow-end"
echo "$OUT_FLOW" | head -1 | tee -a "$OUT/bench.log"
reset_log
trap - EXIT
for n in list-p1 list-deep list-p5000-admin ordering-deep ordering-p2000-admin bsn detail-expand post-zaak flow; do
  python3 $HERE/capture.py "$PGLOG" "$run-$n" "$run-$n-end" >"$OUT/sql/$n.log.sql"
  python3 $HERE/capture.py --literal "$PGLOG" "$run-$n" "$run-$n-end" >"$OUT/sql/$n.sql"
done
python3 $HERE/baseline_sql.py "$OUT/sql/flow.sql" "$OUT/sql/flow.pgbench.sql"
python3 $HERE/baseline_sql.py "$OUT/sql/post-zaak.sql" "$OUT/sql/post-zaak.pgbench.sql"

bench() { # name script
  for c in 1 16; do
    local d=$D1; [ $c = 16 ] && d=$D16
    rm -f "$OUT"/pgbench_log.*
    (cd "$OUT" && pgbench -n -h 127.0.0.1 -p "${ZGW_DB_PORT:-54329}" -U postgres -c $c -j $c -T "$d" -l \
      -f "$2" zaken >"baseline-$1-c$c.pgbench.txt" 2>&1) || { log "pgbench $1 failed: $(tail -3 "$OUT/baseline-$1-c$c.pgbench.txt")"; return 0; }
    python3 - "$OUT" "$1" "$c" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import glob, re, sys
out, name, c, load = sys.argv[1:5]
lat = []
for f in glob.glob(f"{out}/pgbench_log.*"):
    lat += [int(l.split()[2]) / 1000 for l in open(f) if l.strip()]
lat.sort()
t = open(f"{out}/baseline-{name}-c{c}.pgbench.txt").read()
tps = float(re.search(r"tps = ([\d.]+)", t).group(1))
p = lambda q: lat[min(len(lat) - 1, int(round(q / 100 * (len(lat) - 1))))]
line = f"n={len(lat)} p50={p(50):.2f} p99={p(99):.2f} tps={tps:.1f} load {load}"
open(f"{out}/baseline-{name}-c{c}.txt", "w").write(line + "\n")
print(f"baseline {name} c={c}: {line}")
PY
    rm -f "$OUT"/pgbench_log.*
  done | tee -a "$OUT/bench.log"
}
for n in list-p1 list-deep list-p5000-admin ordering-deep ordering-p2000-admin bsn detail-expand; do
  bench "$n" "sql/$n.sql"
done
bench post-zaak sql/post-zaak.pgbench.sql
bench flow sql/flow.pgbench.sql
