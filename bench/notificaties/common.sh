# Shared by fault-test.sh and bench.sh: start/stop the NRC and the harness as separate processes.
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${WORK:-/tmp/nrc-bench}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
PGJDBC=${PGJDBC:-jdbc:postgresql://127.0.0.1:5432}
NRC_PORT=${NRC_PORT:-18006}
HARNESS_PORT=${HARNESS_PORT:-18090}
NRC_DB=${NRC_DB:-nrc_bench_nrc}
PRODUCER_DB=${PRODUCER_DB:-nrc_bench_producer}
SECRET=bench-secret-$(date +%s)
mkdir -p "$WORK"

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

reset_dbs() {
  for db in "$NRC_DB" "$PRODUCER_DB"; do
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    psql "$PG/postgres" -qc "CREATE DATABASE $db" >/dev/null
  done
}

wait_up() { # url
  for _ in $(seq 1 120); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "not up: $1" >&2; return 1
}

start_nrc() { # [port] [name]: another replica on the same database takes its own port, log and pid file
  local port=${1:-$NRC_PORT} name=${2:-nrc}
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="$PGJDBC/$NRC_DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  ZGW_AUTH_CLIENTS="bench-producer:$SECRET:all" \
  ZGW_NRC_CALLBACK_ALLOW_HTTP=true ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS=localhost,127.0.0.1 \
  ZGW_NRC_DELIVERY_LEASE=${NRC_LEASE:-PT20S} \
  java ${NRC_JAVA_OPTS:--Xmx512m} -jar "$ROOT_DIR/notificaties-api/target/quarkus-app/quarkus-run.jar" \
    >>"$WORK/$name.log" 2>&1 &
  local pid=$!
  echo $pid >"$WORK/$name.pid"
  if [ "$name" = nrc ]; then NRC_PID=$pid; fi
  wait_up "http://localhost:$port/q/health"
  log "NRC $name up on $port (pid $pid)"
}

kill_nrc() { # signal
  kill "-${1:-KILL}" "$NRC_PID" 2>/dev/null || true
  wait "$NRC_PID" 2>/dev/null || true
  log "NRC stopped with SIG${1:-KILL}"
}

start_harness() {
  QUARKUS_HTTP_PORT=$HARNESS_PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$PGJDBC/$PRODUCER_DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  ZGW_NOTIFICATIES_URL="http://localhost:$NRC_PORT/notificaties/api/v1" \
  ZGW_AUTH_SERVICE_SECRET="$SECRET" \
  ZGW_AUTH_CLIENTS="bench-producer:$SECRET:all" \
  ZGW_NOTIFICATIES_LEASE=${OUTBOX_LEASE:-PT1M} ZGW_NOTIFICATIES_REQUEST_TIMEOUT=${OUTBOX_REQUEST_TIMEOUT:-PT10S} \
  HARNESS_SELF_URL="http://localhost:$HARNESS_PORT" \
  java -Xmx512m -jar "$ROOT_DIR/bench/notificaties/harness/target/quarkus-app/quarkus-run.jar" \
    >>"$WORK/harness.log" 2>&1 &
  HARNESS_PID=$!
  echo $HARNESS_PID >"$WORK/harness.pid"
  wait_up "http://localhost:$HARNESS_PORT/q/health"
  log "harness up (pid $HARNESS_PID)"
}

kill_harness() { # signal
  kill "-${1:-KILL}" "$HARNESS_PID" 2>/dev/null || true
  wait "$HARNESS_PID" 2>/dev/null || true
  log "harness (producer and its outbox relay) stopped with SIG${1:-KILL}"
}

stop_all() {
  [ -n "${HARNESS_PID:-}" ] && kill "$HARNESS_PID" 2>/dev/null || true
  [ -n "${NRC_PID:-}" ] && kill "$NRC_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}

status() { curl -fs "http://localhost:$HARNESS_PORT/harness/status"; }

# Waits (up to DRAIN_TIMEOUT s) until the producer's outbox is empty and nothing is missing, writes the final status to
# $1 and judges: PASS = every written resource received at least once, nothing unexpected; duplicates are reported.
drain_and_judge() { # result-file
  local deadline=$(( $(date +%s) + ${DRAIN_TIMEOUT:-600} )) s
  while :; do
    s=$(status)
    [ "$(echo "$s" | jq .missing)" = 0 ] && [ "$(echo "$s" | jq .outboxPending)" = 0 ] && break
    [ "$(date +%s)" -gt "$deadline" ] && break
    sleep 2
  done
  s=$(status)
  log "final: $s"
  echo "$s" | jq . >"$1"
  if [ "$(echo "$s" | jq .missing)" = 0 ] && [ "$(echo "$s" | jq .unexpected)" = 0 ]; then
    log "PASS: every one of $(echo "$s" | jq .written) written resources notified; duplicates: $(echo "$s" | jq .duplicates)"
  else
    log "FAIL: missing $(echo "$s" | jq .missing), unexpected $(echo "$s" | jq .unexpected)"; exit 1
  fi
}
