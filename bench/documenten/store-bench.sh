#!/usr/bin/env bash
# The S3 content store alone (no HTTP API): s3proxy in its own JVM, the harness with -Xmx128m.
#   SIZE_MIB=1024 PART_MIB=16 bench/documenten/store-bench.sh
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${WORK:-/tmp/documenten-bench}
SIZE_MIB=${SIZE_MIB:-1024}
PART_MIB=${PART_MIB:-16}
HEAP=${HEAP:--Xmx128m}
mkdir -p "$WORK"
cd "$ROOT_DIR"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -o -pl documenten-api test-compile
  ./mvnw -B -q -o -pl documenten-api dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
fi
CP="documenten-api/target/test-classes:documenten-api/target/classes:$(cat "$WORK/cp.txt")"

rm -rf "$WORK/s3proxy"
java -Xmx512m -cp "$CP" nl.zgw.documenten.content.s3.S3ProxyMain "$WORK/s3proxy" bench >"$WORK/s3proxy.log" 2>&1 &
PROXY_PID=$!
trap 'kill $PROXY_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q '^endpoint=' "$WORK/s3proxy.log" && break; sleep 1; done
ENDPOINT=$(sed -n 's/^endpoint=//p' "$WORK/s3proxy.log")
[ -n "$ENDPOINT" ] || { cat "$WORK/s3proxy.log"; exit 1; }
echo "s3proxy (filesystem blob store in $WORK/s3proxy) at $ENDPOINT, pid $PROXY_PID"
echo "date: $(date -u +%FT%TZ), commit: $(git rev-parse --short HEAD), nproc: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java $HEAP -cp "$CP" nl.zgw.documenten.content.s3.ContentStoreBench "$ENDPOINT" bench "$SIZE_MIB" "$PART_MIB" "$WORK/raw"
echo "s3proxy peak RSS: $(grep VmHWM /proc/$PROXY_PID/status | awk '{print $2, $3}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
