#!/usr/bin/env bash
# The Zaken API through the gateway at N seeded zaken (bench/zaken/README.md): list page 1, deep pages, ordering
# by -identificatie deep, by BSN, detail with expand, POST /zaken (hey), and POST /zaken + status + rol
# (flow.py), each at 1 and 16 concurrent users; the Zaken service's RSS; the machine's load. Then the raw
# PostgreSQL baseline of the same SQL (baseline.sh) unless BASELINE=0.
# Run from the repository root with the env of ./zgw up (ZGW_DATA_DIR, ZGW_GATEWAY_PORT, ZGW_DB_PORT, ...).
# Needs: hey (apt-get install hey), python3, psql, pgbench.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
HERE=bench/zaken
OUT=${OUT:-$HERE/results/run-$(date -u +%Y%m%dT%H%M)}
D1=${D1:-15s}      # duration at 1 user
D16=${D16:-30s}    # duration at 16 users
GW=http://localhost:${ZGW_GATEWAY_PORT:-8000}
Z=$GW/zaken/api/v1
DATA=${ZGW_DATA_DIR:-data}
mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/bench.log"; }
PID=${ZAKEN_PID:-$(sed -n 's/^zaken-api.pid=//p' "$DATA/run.properties")}   # ZAKEN_PID: a zaken-api restarted by hand
rss() { awk '/VmRSS|VmHWM/ {printf "%s %s %s  ", $1, $2, $3}' /proc/$PID/status; }

ADMIN=$(./zgw token)
RESTRICTED=$(python3 -c "import sys; sys.path.insert(0,'$HERE'); from common import *; s=load_state(); print(jwt(s['restricted'], '${RESTRICTED_SECRET:-zbench-restricted-secret-0123456789abcdef}'))")
PSQL=(psql -X -At -h 127.0.0.1 -p "${ZGW_DB_PORT:-54329}" -U postgres -d zaken)
GRANTED=$(python3 -c "import sys; sys.path.insert(0,'$HERE'); from common import *; print(','.join(\"'\"+g+\"'\" for g in load_state()['granted']))")
VISIBLE="zaaktype IN ($GRANTED) AND vertrouwelijkheidaanduiding IN ('openbaar','beperkt_openbaar','intern','zaakvertrouwelijk')"
# a BSN with a zaak the restricted client sees, a zaak it sees (for the detail), its number of pages
BSN=$("${PSQL[@]}" -c "SELECT r.inp_bsn FROM rol r JOIN zaak z ON z.id = r.zaak_id WHERE r.inp_bsn IS NOT NULL AND z.$VISIBLE AND z.id > 1 ORDER BY r.id LIMIT 1 OFFSET 5000")
UUID=$("${PSQL[@]}" -c "SELECT uuid FROM zaak WHERE $VISIBLE AND id > 100000 ORDER BY id LIMIT 1")
COUNT=$(curl -fsS -H "Authorization: Bearer $RESTRICTED" -H 'Accept-Crs: EPSG:4326' "$Z/zaken" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
TOTAL=$("${PSQL[@]}" -c "SELECT count(*) FROM zaak")
PAGES=$(( (COUNT + 99) / 100 ))
DEEP=${DEEP:-$(( PAGES > 5000 ? 5000 : PAGES - 5 ))}          # the restricted client's deepest pages
ODEEP=${ODEEP:-$(( PAGES > 2000 ? 2000 : PAGES * 9 / 10 ))}
log "zaken: $TOTAL in the table, $COUNT visible to the restricted client ($PAGES pages); BSN $BSN; detail $UUID; deep page $DEEP, ordering page $ODEEP"
cat >"$OUT/params.env" <<P
TOTAL=$TOTAL
COUNT=$COUNT
BSN=$BSN
UUID=$UUID
DEEP=$DEEP
ODEEP=$ODEEP
GRANTED="$GRANTED"
P
log "zaken-api pid $PID: $(rss)"

R=(-H "Authorization: Bearer $RESTRICTED" -H 'Accept-Crs: EPSG:4326' -H 'Accept: application/json')
A=(-H "Authorization: Bearer $ADMIN" -H 'Accept-Crs: EPSG:4326' -H 'Accept: application/json')
BODY=$(python3 -c "import sys,json,time; sys.path.insert(0,'$HERE'); from common import *; s=load_state(); print(json.dumps({'bronorganisatie':'517439943','verantwoordelijkeOrganisatie':'517439943','zaaktype':s['granted'][0],'omschrijving':'Bench nieuw','startdatum':time.strftime('%Y-%m-%d'),'vertrouwelijkheidaanduiding':'intern'}))")

scenario() { # name who url [POST]
  local name=$1 who=$2 url=$3 method=${4:-GET}
  local h=("${R[@]}"); [ "$who" = admin ] && h=("${A[@]}")
  local extra=() code
  [ "$method" = POST ] && extra=(-m POST -H 'Content-Crs: EPSG:4326' -d "$BODY")
  if [ "$method" = POST ]; then
    code=$(curl -s -o "$OUT/$name.sample.json" -w '%{http_code}' "${h[@]}" -H 'Content-Crs: EPSG:4326' \
      -H 'Content-Type: application/json' -d "$BODY" "$url")
  else
    code=$(curl -s -o "$OUT/$name.sample.json" -w '%{http_code}' "${h[@]}" "$url")
  fi
  log "$name ($who): $method $url -> $code"
  hey -t 60 -T application/json -n 40 -c 4 "${h[@]}" "${extra[@]}" "$url" >/dev/null  # warm-up
  for c in 1 16; do
    local d=$D1; [ $c = 16 ] && d=$D16
    local before; before=$(cut -d' ' -f1-3 /proc/loadavg)
    # -o csv: one line per request (response-time from hey's request start to the response body read)
    hey -t 60 -T application/json -o csv -z "$d" -c $c "${h[@]}" "${extra[@]}" "$url" >"$OUT/$name-c$c.csv"
    local after; after=$(cut -d' ' -f1-3 /proc/loadavg)
    printf 'load before: %s\nload after: %s\nrss after: %s\n' "$before" "$after" "$(rss)" >"$OUT/$name-c$c.txt"
    log "  c=$c $(python3 $HERE/summary.py --one "$OUT/$name-c$c")  load $after"
  done
}

scenario list-p1 restricted "$Z/zaken"
scenario list-deep restricted "$Z/zaken?page=$DEEP"
scenario list-p5000-admin admin "$Z/zaken?page=5000"
scenario ordering-deep restricted "$Z/zaken?ordering=-identificatie&page=$ODEEP"
scenario ordering-p2000-admin admin "$Z/zaken?ordering=-identificatie&page=2000"
scenario bsn restricted "$Z/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=$BSN"
scenario detail-expand restricted "$Z/zaken/$UUID?expand=status,rollen,zaaktype"
scenario post-zaak restricted "$Z/zaken" POST
for c in 1 16; do
  d=$D1; [ $c = 16 ] && d=$D16
  python3 $HERE/flow.py $c "${d%s}" >"$OUT/flow-c$c.txt"
  printf 'load after: %s\nrss after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(rss)" >>"$OUT/flow-c$c.txt"
  log "flow c=$c: $(head -1 "$OUT/flow-c$c.txt")"
done
log "zaken-api pid $PID after the run: $(rss)"
uptime | tee -a "$OUT/bench.log"
if [ "${BASELINE:-1}" = 1 ]; then OUT=$OUT $HERE/baseline.sh; fi
python3 $HERE/summary.py "$OUT" | tee "$OUT/summary.md"
