#!/usr/bin/env bash
# Replicas test (on demand): two Notificaties processes on ONE database both deliver, while 4 publishers POST
# /notificaties to the first as fast as it answers (1 abonnement). PASS = every notificatie received, none twice
# (no job delivered by both replicas: SKIP LOCKED claims with a lease), and both replicas delivered some.
# Build first as for fault-test.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
NRC2_PORT=${NRC2_PORT:-18007}
THREADS=${THREADS:-4}
DURATION=${DURATION:-60}
# "<job> delivered: HTTP 204" lines tell which replica delivered what
export QUARKUS_LOG_CATEGORY__NL_ZGW_NOTIFICATIES_DELIVERY__LEVEL=DEBUG
trap 'kill "$(cat "$WORK/nrc2.pid" 2>/dev/null)" 2>/dev/null || true; stop_all' EXIT
: >"$WORK/nrc.log"; : >"$WORK/nrc2.log"; : >"$WORK/harness.log"

reset_dbs
start_nrc
start_nrc "$NRC2_PORT" nrc2
start_harness
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/subscribe" >/dev/null
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/direct/start?threads=$THREADS" >/dev/null
log "two replicas, $THREADS publishers for $DURATION s"
sleep "$DURATION"
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/stop" >/dev/null
for _ in $(seq 1 300); do
  s=$(status)
  [ "$(echo "$s" | jq .missing)" = 0 ] && break
  sleep 1
done
s=$(status)
a=$(grep -c " delivered: HTTP" "$WORK/nrc.log" || true)
b=$(grep -c " delivered: HTTP" "$WORK/nrc2.log" || true)
log "final: $s"
log "deliveries by replica 1: $a, by replica 2: $b"
echo "$s" | jq ". + {replica1Deliveries: $a, replica2Deliveries: $b}" >"$WORK/replicas-result.json"
if [ "$(echo "$s" | jq .missing)" = 0 ] && [ "$(echo "$s" | jq .duplicates)" = 0 ] && [ "$a" -gt 0 ] && [ "$b" -gt 0 ]; then
  log "PASS: $(echo "$s" | jq .written) notificaties, each delivered exactly once, by both replicas"
else
  log "FAIL"; exit 1
fi
