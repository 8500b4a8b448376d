#!/usr/bin/env bash
# Fault test (on demand): a producer writes catalogue types through the real outbox of libs/zgw-common while the
# Notificaties service is killed (SIGKILL, in the middle of delivery) and kept down for DOWN_SECONDS (default 600 =
# 10 minutes), then restarted. Afterwards the test subscriber must hold every expected notification at least once.
# Build first:  ./mvnw -B -o -pl notificaties-api -am package -DskipTests
#               ./mvnw -B -o -f bench/notificaties/pom.xml -pl harness -am package -DskipTests
set -euo pipefail
source "$(dirname "$0")/common.sh"
DOWN_SECONDS=${DOWN_SECONDS:-600}
WRITE_RATE=${WRITE_RATE:-20}          # resources per second written by the producer
BEFORE_SECONDS=${BEFORE_SECONDS:-30}  # writing while the NRC is up, before the kill
AFTER_SECONDS=${AFTER_SECONDS:-60}    # writing after the restart
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-600}
trap stop_all EXIT
: >"$WORK/nrc.log"; : >"$WORK/harness.log"

reset_dbs
start_nrc
start_harness
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/subscribe" >/dev/null
log "abonnement created; writing at $WRITE_RATE/s"
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/start?rate=$WRITE_RATE" >/dev/null
sleep "$BEFORE_SECONDS"
log "before kill: $(status)"
kill_nrc KILL
sleep "$DOWN_SECONDS"
log "after $DOWN_SECONDS s down: $(status)"
start_nrc
sleep "$AFTER_SECONDS"
curl -fs -XPOST "http://localhost:$HARNESS_PORT/harness/writer/stop" >/dev/null
log "writer stopped: $(status)"
drain_and_judge "$WORK/fault-result.json"
