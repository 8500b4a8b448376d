#!/usr/bin/env bash
# Fault test (on demand) for the sending side: the producer, with its outbox relay, is killed (SIGKILL) KILLS times
# while it writes catalogue types and relays their notificaties to a running Notificaties service. Each kill lands
# mid-relay: rows the relay had leased but not yet sent, or sent without recording the answer, stay in the outbox
# until their lease ends. Afterwards the test subscriber must hold every committed resource's notification at least
# once (a write killed before its commit is expected nowhere). Duplicates are counted and reported.
# Build first as for fault-test.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
KILLS=${KILLS:-5}
WRITE_RATE=${WRITE_RATE:-50}          # resources per second written by the producer
RUN_SECONDS=${RUN_SECONDS:-15}        # writing between two kills
export OUTBOX_LEASE=${OUTBOX_LEASE:-PT10S} OUTBOX_REQUEST_TIMEOUT=${OUTBOX_REQUEST_TIMEOUT:-PT2S}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-300}
trap stop_all EXIT
: >"$WORK/nrc.log"; : >"$WORK/harness.log"

reset_dbs
start_nrc
start_harness
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/subscribe" >/dev/null
log "abonnement created; $KILLS kills, writing at $WRITE_RATE/s for $RUN_SECONDS s before each (outbox lease $OUTBOX_LEASE)"
for i in $(seq 1 "$KILLS"); do
  curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/start?rate=$WRITE_RATE" >/dev/null
  sleep "$RUN_SECONDS"
  log "before kill $i: $(status)"
  kill_harness KILL
  start_harness
done
log "writer not restarted after the last kill; waiting for the outbox to drain"
drain_and_judge "$WORK/producer-kill-result.json"
