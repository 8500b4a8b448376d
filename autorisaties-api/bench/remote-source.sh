#!/usr/bin/env bash
# Per-request cost of the remote autorisatie source (zgw-common AutorisatiesApiSource with zgw.autorisaties.url)
# against the config source, on loopback: one Autorisaties API (A) and one consumer service (B: the same
# application built without its database-backed source, so it uses zgw-common's sources like every other service).
# B answers GET /autorisaties/api/v1/applicaties?clientIds=bench from its own database in both runs; only where the
# caller's token and Applicatie come from differs. Run from the repository root after `./mvnw -o -pl autorisaties-api
# -am package -DskipTests`. Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and python3.
set -euo pipefail
N=${N:-2000}
WORK=${WORK:-/tmp/ac-bench}
PG="jdbc:postgresql://127.0.0.1:5432"
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r autorisaties-api/target/quarkus-app "$WORK/ac"
./mvnw -B -q -o -pl autorisaties-api -am package -DskipTests \
  -Dquarkus.arc.exclude-types=nl.zgw.autorisaties.service.DatabaseAutorisaties
cp -r autorisaties-api/target/quarkus-app "$WORK/svc"
./mvnw -B -q -o -pl autorisaties-api -am package -DskipTests   # restore the normal build

for db in ac_bench_a ac_bench_b; do
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

start() { # name port db extra-args...
  local name=$1 port=$2 db=$3; shift 3
  java -Dquarkus.http.port="$port" -Dquarkus.datasource.jdbc.url="$PG/$db" -Dquarkus.datasource.username=postgres \
    -Dquarkus.log.level=WARN "$@" -jar "$WORK/$name/quarkus-run.jar" > "$WORK/$name-$port.log" 2>&1 &
  echo $! > "$WORK/$name-$port.pid"
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health" > /dev/null && return 0; sleep 1; done
  echo "$name did not start" >&2; exit 1
}
stop() { kill "$(cat "$WORK/$1.pid")"; wait "$(cat "$WORK/$1.pid")" 2> /dev/null || true; }

CLIENTS="bench:bench-secret:all"
start ac 18005 ac_bench_a -Dzgw.auth.clients=$CLIENTS -Dzgw.auth.service.secret=ac-secret \
  -Dzgw.ac.service-clients=zgw-bench-api:svc-secret
PATH_Q="/autorisaties/api/v1/applicaties?clientIds=bench"

start svc 18105 ac_bench_b -Dzgw.auth.clients=$CLIENTS -Dzgw.auth.service.client-id=zgw-bench-api \
  -Dzgw.auth.service.secret=svc-secret
echo "config source:  $(python3 autorisaties-api/bench/latency.py 127.0.0.1 18105 "$PATH_Q" bench bench-secret "$N")"
stop svc-18105

start svc 18106 ac_bench_b -Dzgw.auth.clients=$CLIENTS -Dzgw.auth.service.client-id=zgw-bench-api \
  -Dzgw.auth.service.secret=svc-secret -Dzgw.autorisaties.url=http://127.0.0.1:18005/autorisaties/api/v1
echo "remote source:  $(python3 autorisaties-api/bench/latency.py 127.0.0.1 18106 "$PATH_Q" bench bench-secret "$N")"
stop svc-18106

echo "AC itself (db): $(python3 autorisaties-api/bench/latency.py 127.0.0.1 18005 "$PATH_Q" bench bench-secret "$N")"
stop ac-18005
