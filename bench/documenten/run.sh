#!/usr/bin/env bash
# Large-document bench of the Documenten API: a SIZE_MB document (default 1024) uploaded as base64 in one JSON body
# and by bestandsdelen, downloaded back, SHA-256 compared, against a service started here with -Xmx128m.
# Needs: a built service (./mvnw -pl documenten-api -am package -DskipTests), PostgreSQL at $PGURL, curl, openssl,
# python3. Prints MB/s each way and the service's peak RSS (VmHWM).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE_MB=${SIZE_MB:-1024}
PORT=${PORT:-18003}
STUB_PORT=${STUB_PORT:-18099}
PGURL=${PGURL:-jdbc:postgresql://127.0.0.1:5432/documenten_bench}
WORK=$(mktemp -d /tmp/documenten-bench.XXXX)
SECRET=bench-secret-which-is-long-enough
ROOT=http://localhost:$PORT/documenten/api/v1
trap 'kill $SVC $STUB 2>/dev/null || true; rm -rf "$WORK"' EXIT

psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS documenten_bench' -c 'CREATE DATABASE documenten_bench' >/dev/null

# a published informatieobjecttype, served by a one-file stand-in for the Catalogi API
mkdir -p "$WORK/stub/catalogi/api/v1/informatieobjecttypen"
IOT=http://localhost:$STUB_PORT/catalogi/api/v1/informatieobjecttypen/bench
cat > "$WORK/stub/catalogi/api/v1/informatieobjecttypen/bench" <<JSON
{"url":"$IOT","catalogus":"http://localhost:$STUB_PORT/catalogi/api/v1/catalogussen/x","concept":false,
 "omschrijving":"bench","vertrouwelijkheidaanduiding":"openbaar"}
JSON
(cd "$WORK/stub" && exec python3 -m http.server "$STUB_PORT" >/dev/null 2>&1) & STUB=$!

QUARKUS_DATASOURCE_JDBC_URL=$PGURL QUARKUS_HTTP_PORT=$PORT \
ZGW_AUTH_CLIENTS=bench:$SECRET:all ZGW_REFS_ALLOWED_API_ROOTS=http://localhost:$STUB_PORT/catalogi/api/v1 \
ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS=localhost,127.0.0.1 ZGW_DOCUMENTEN_STORAGE_PATH=$WORK/store \
  java -Xmx128m -jar documenten-api/target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 & SVC=$!
for _ in $(seq 1 120); do curl -sf "$ROOT/openapi.json" >/dev/null && break; sleep 1; done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
HDR=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
PAY=$(printf '{"iss":"bench","client_id":"bench","iat":%d,"user_id":"b","user_representation":"b"}' "$(date +%s)" | b64url)
SIG=$(printf '%s.%s' "$HDR" "$PAY" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
AUTH="Authorization: Bearer $HDR.$PAY.$SIG"

head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom > "$WORK/doc.bin"
SHA=$(sha256sum "$WORK/doc.bin" | cut -d' ' -f1)
{ printf '{"bronorganisatie":"000000000","creatiedatum":"2024-01-01","titel":"bench","auteur":"b","taal":"nld",'
  printf '"informatieobjecttype":"%s","inhoud":"' "$IOT"; base64 -w0 "$WORK/doc.bin"; printf '"}'; } > "$WORK/body.json"

mbps() { python3 -c "print(f'{$SIZE_MB / $1:.1f}')"; }
t0=$(date +%s.%N)
URL=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "$ROOT/enkelvoudiginformatieobjecten" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
t1=$(date +%s.%N)
GOT=$(curl -sf -H "$AUTH" "$URL/download" | sha256sum | cut -d' ' -f1)
t2=$(date +%s.%N)
[ "$GOT" = "$SHA" ] || { echo "base64: SHA-256 differs"; exit 1; }
echo "base64 upload: $(mbps "$(echo "$t1 - $t0" | bc)") MB/s, download: $(mbps "$(echo "$t2 - $t1" | bc)") MB/s, sha256 ok"

# bestandsdelen: announce, PUT every part, unlock
t0=$(date +%s.%N)
curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "{\"bronorganisatie\":\"000000000\",\"creatiedatum\":\"2024-01-01\",\"titel\":\"delen\",\"auteur\":\"b\",\"taal\":\"nld\",\"informatieobjecttype\":\"$IOT\",\"bestandsomvang\":$((SIZE_MB * 1024 * 1024))}" \
  "$ROOT/enkelvoudiginformatieobjecten" > "$WORK/created.json"
python3 - "$WORK" <<'PY' > "$WORK/parts.txt"
import json, sys
c = json.load(open(sys.argv[1] + "/created.json"))
print(c["url"], c["lock"])
for d in c["bestandsdelen"]:
    print(d["url"], d["omvang"])
PY
read -r URL2 LOCK < <(head -1 "$WORK/parts.txt")
offset=0
tail -n +2 "$WORK/parts.txt" | while read -r part size; do
  tail -c +$((offset + 1)) "$WORK/doc.bin" | head -c "$size" > "$WORK/part.bin"
  curl -sf -X PUT -H "$AUTH" -F "inhoud=@$WORK/part.bin" -F "lock=$LOCK" "$part" >/dev/null
  offset=$((offset + size))
done
curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "{\"lock\":\"$LOCK\"}" "$URL2/unlock"
t1=$(date +%s.%N)
GOT=$(curl -sf -H "$AUTH" "$URL2/download" | sha256sum | cut -d' ' -f1)
t2=$(date +%s.%N)
[ "$GOT" = "$SHA" ] || { echo "bestandsdelen: SHA-256 differs"; exit 1; }
echo "bestandsdelen upload: $(mbps "$(echo "$t1 - $t0" | bc)") MB/s, download: $(mbps "$(echo "$t2 - $t1" | bc)") MB/s, sha256 ok"
echo "service peak RSS: $(grep VmHWM /proc/$SVC/status | awk '{print $2, $3}') (heap -Xmx128m)"
