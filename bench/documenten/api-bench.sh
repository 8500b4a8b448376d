#!/usr/bin/env bash
# A 1 GB document through the running Documenten API (heap -Xmx128m): upload by base64 (one JSON body) and by
# bestandsdelen, download each, compare SHA-256, report MB/s and the service's peak RSS; on the filesystem store
# and on s3proxy.
#   STORE=filesystem bench/documenten/api-bench.sh      STORE=s3 bench/documenten/api-bench.sh
# Needs: documenten-api built (./mvnw -B -o -pl documenten-api -am package -DskipTests), PostgreSQL, curl, python3.
# MAVEN_REPO_LOCAL: a Maven repository other than ~/.m2 for the classpath/test-compile calls of STORE=s3.
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${WORK:-/tmp/documenten-bench}
STORE=${STORE:-filesystem}
SIZE_MIB=${SIZE_MIB:-1024}
DRC_PORT=${DRC_PORT:-18003}
CATALOGI_PORT=${CATALOGI_PORT:-18001}
HEAP=${HEAP:--Xmx128m}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
PGJDBC=${PGJDBC:-jdbc:postgresql://127.0.0.1:5432}
DB=${DB:-drc_bench}
MVN=(./mvnw -B -q -o ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL})
SECRET=bench-secret-which-is-long-enough-$(date +%s)
ROOT=http://localhost:$DRC_PORT/documenten/api/v1
mkdir -p "$WORK"
cd "$ROOT_DIR"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
log "date $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), STORE=$STORE, SIZE_MIB=$SIZE_MIB, nproc $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"

psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null

python3 bench/documenten/catalogi_stub.py "$CATALOGI_PORT" &
PIDS+=($!)

STORAGE_ENV=(ZGW_DOCUMENTEN_STORAGE_TYPE=filesystem ZGW_DOCUMENTEN_STORAGE_PATH="$WORK/fs-store")
rm -rf "$WORK/fs-store" "$WORK/s3proxy"
if [ "$STORE" = s3 ]; then
  # test classes (S3ProxyMain) and the test class path; -am: the sibling modules come from the reactor, not ~/.m2
  "${MVN[@]}" -pl documenten-api -am test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
    -Dmdep.includeScope=test >/dev/null
  CP="documenten-api/target/test-classes:documenten-api/target/classes:$(cat "$WORK/cp.txt")"
  java -Xmx512m -cp "$CP" nl.zgw.documenten.content.s3.S3ProxyMain "$WORK/s3proxy" bench >"$WORK/s3proxy.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do grep -q '^endpoint=' "$WORK/s3proxy.log" && break; sleep 1; done
  ENDPOINT=$(sed -n 's/^endpoint=//p' "$WORK/s3proxy.log")
  STORAGE_ENV=(ZGW_DOCUMENTEN_STORAGE_TYPE=s3 ZGW_DOCUMENTEN_STORAGE_S3_ENDPOINT="$ENDPOINT"
    ZGW_DOCUMENTEN_STORAGE_S3_BUCKET=bench ZGW_DOCUMENTEN_STORAGE_S3_ACCESS_KEY=zgw-access
    ZGW_DOCUMENTEN_STORAGE_S3_SECRET_KEY=zgw-secret ZGW_DOCUMENTEN_STORAGE_S3_PATH_STYLE=true)
  log "s3proxy at $ENDPOINT"
fi

# informatieobjecttype URLs are only followed under an allow-listed API root (else 400 bad-url on every create);
# multipart parts are spooled by Quarkus under $WORK, not in the working directory
env "${STORAGE_ENV[@]}" QUARKUS_HTTP_PORT=$DRC_PORT \
  ZGW_REFS_ALLOWED_API_ROOTS="http://127.0.0.1:$CATALOGI_PORT/catalogi/api/v1" \
  QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY="$WORK/file-uploads" \
  QUARKUS_DATASOURCE_JDBC_URL="$PGJDBC/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  ZGW_AUTH_CLIENTS="bench:$SECRET:all" ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS=localhost,127.0.0.1 \
  java $HEAP ${JAVA_OPTS:-} -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$WORK" -jar documenten-api/target/quarkus-app/quarkus-run.jar >"$WORK/drc-$STORE.log" 2>&1 &
DRC_PID=$!
PIDS+=($DRC_PID)
for _ in $(seq 1 120); do curl -fs "http://localhost:$DRC_PORT/q/health" >/dev/null 2>&1 && break; sleep 1; done
log "Documenten API ($STORE, $HEAP) up, pid $DRC_PID"
TOKEN=$(python3 bench/notificaties/jwt.py bench "$SECRET")
AUTH=(-H "Authorization: Bearer $TOKEN")
TYPE="http://127.0.0.1:$CATALOGI_PORT/catalogi/api/v1/informatieobjecttypen/$(python3 -c 'import uuid; print(uuid.uuid4())')"
rsin() { python3 -c '
import random
while True:
    d=[random.randint(0,9) for _ in range(9)]
    if sum(x*w for x,w in zip(d,[9,8,7,6,5,4,3,2,-1]))%11==0: print("".join(map(str,d))); break'; }

SRC="$WORK/source.bin"
if [ ! -f "$SRC" ] || [ "$(stat -c %s "$SRC")" != $((SIZE_MIB * 1024 * 1024)) ]; then
  head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$SRC"
fi
SIZE=$(stat -c %s "$SRC")
SHA=$(sha256sum "$SRC" | cut -d' ' -f1)
api() { # curl arguments; the answer on stdout, a non-2xx answer printed with its body and a failure
  local out code; out=$(mktemp "$WORK/answer.XXXXXX")
  code=$(curl -sS -o "$out" -w '%{http_code}' "$@") || { rm -f "$out"; return 1; }
  if [ "${code:0:1}" != 2 ]; then
    echo "HTTP $code from ${*: -1}: $(head -c 2000 "$out")" >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}
hwm() { grep VmHWM "/proc/$1/status" 2>/dev/null | awk '{print $2, $3}' || echo "process $1 gone"; }
reset_hwm() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; }
mbps() { python3 -c "print(f'{$SIZE/1e6/$1:.1f}')"; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$(now)-$1:.1f}')"; }
meta() { printf '{"bronorganisatie":"%s","creatiedatum":"2024-05-01","titel":"bench %s","auteur":"bench","taal":"nld","informatieobjecttype":"%s"' "$(rsin)" "$1" "$TYPE"; }

download() { # url label
  local t0; t0=$(now)
  local got; got=$(curl -sS --fail-with-body "${AUTH[@]}" "$1/download" | sha256sum | cut -d' ' -f1)
  local s; s=$(elapsed "$t0")
  log "$2 download: $s s, $(mbps "$s") MB/s, sha256 $([ "$got" = "$SHA" ] && echo equal || echo DIFFERENT)"
  [ "$got" = "$SHA" ]
}

# 1. base64 in one JSON body (the body is written to disk first: 1.37 GB for 1 GiB)
BODY="$WORK/body.json"
{ meta base64; printf ',"inhoud":"'; base64 -w0 "$SRC"; printf '"}'; } >"$BODY"
t0=$(now)
# -T streams the file (--data-binary @file reads all of it into curl's memory first: "out of memory" at 1 GiB)
URL=$(api "${AUTH[@]}" -H 'Content-Type: application/json' -X POST -T "$BODY" "$ROOT/enkelvoudiginformatieobjecten" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
s=$(elapsed "$t0")
log "base64 upload: $s s, $(mbps "$s") MB/s of document bytes"
rm -f "$BODY"
download "$URL" base64
log "peak RSS (VmHWM) of the base64 upload + download: $(hwm $DRC_PID)"
reset_hwm $DRC_PID

# 2. bestandsdelen: bestandsomvang without inhoud, PUT every part (multipart/form-data), unlock
t0=$(now)
CREATED=$(api "${AUTH[@]}" -H 'Content-Type: application/json' \
  --data-binary "$(meta delen),\"bestandsomvang\":$SIZE}" "$ROOT/enkelvoudiginformatieobjecten")
URL=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["url"])' "$CREATED")
LOCK=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["lock"])' "$CREATED")
python3 -c 'import json,sys
for d in json.loads(sys.argv[1])["bestandsdelen"]: print(d["volgnummer"], d["omvang"], d["url"])' "$CREATED" >"$WORK/delen.txt"
offset=0
PART="$WORK/part.bin"
while read -r n omvang url; do
  # dd, not tail | head: head's early exit is SIGPIPE for tail, a failure under pipefail for every part but the last
  dd if="$SRC" of="$PART" iflag=skip_bytes,count_bytes skip="$offset" count="$omvang" bs=4M status=none
  api "${AUTH[@]}" -X PUT -F "inhoud=@$PART;type=application/octet-stream" -F "lock=$LOCK" "$url" >/dev/null
  offset=$((offset + omvang))
done <"$WORK/delen.txt"
t1=$(now)
api "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary "{\"lock\":\"$LOCK\"}" "$URL/unlock" >/dev/null
log "unlock (the store joins the parts, inside the unlock's transaction): $(elapsed "$t1") s"
s=$(elapsed "$t0")
log "bestandsdelen upload ($(wc -l <"$WORK/delen.txt") parts, incl. cutting them from the file): $s s, $(mbps "$s") MB/s"
rm -f "$PART"
download "$URL" bestandsdelen
log "peak RSS (VmHWM) of the bestandsdelen upload + download: $(hwm $DRC_PID)"

log "Documenten API heap $HEAP, RSS now $(grep VmRSS /proc/$DRC_PID/status | awk '{print $2, $3}')"
if [ "$STORE" = s3 ]; then log "s3proxy peak RSS (VmHWM): $(hwm "${PIDS[1]}")"; fi
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
