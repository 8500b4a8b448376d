#!/usr/bin/env bash
# Latency (commit -> callback, p50/p99) and throughput of notification delivery, NRC and harness as separate processes.
#   outbox  : the producer writes at RATE/s through the real outbox of libs/zgw-common (end to end, as in production)
#   direct  : THREADS publishers commit a row and POST /notificaties straight to the NRC as fast as it answers
#             (FANOUT abonnementen each receive every notificatie)
# Build first (see fault-test.sh). Results: $WORK/bench-*.json
set -euo pipefail
source "$(dirname "$0")/common.sh"
MODE=${MODE:-outbox}
RATE=${RATE:-20}
THREADS=${THREADS:-4}
FANOUT=${FANOUT:-1}
DURATION=${DURATION:-60}
trap stop_all EXIT
: >"$WORK/nrc.log"; : >"$WORK/harness.log"
reset_dbs
start_nrc
start_harness
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/subscribe?count=$FANOUT" >/dev/null
if [ "$MODE" = outbox ]; then
  curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/start?rate=$RATE" >/dev/null
  log "outbox mode, $RATE/s for $DURATION s, fan-out $FANOUT"
  sleep "$DURATION"
  curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/stop" >/dev/null
else
  curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/direct/start?threads=$THREADS" >/dev/null
  log "direct mode, $THREADS publishers for $DURATION s, fan-out $FANOUT"
  sleep "$DURATION"
  curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/stop" >/dev/null
fi
for _ in $(seq 1 300); do
  s=$(status)
  [ "$(echo "$s" | jq .missing)" = 0 ] && [ "$(echo "$s" | jq .deliveries)" -ge $(( $(echo "$s" | jq .written) * FANOUT )) ] && break
  sleep 1
done
s=$(status)
echo "$s" | jq ". + {mode: \"$MODE\", rate: $RATE, threads: $THREADS, fanout: $FANOUT, duration: $DURATION,
  notificatiesPerSecond: (.written / .writeSpanSeconds), deliveriesPerSecond: (.deliveries / .receiveSpanSeconds)}" \
  | tee "$WORK/bench-$MODE-f$FANOUT.json"
