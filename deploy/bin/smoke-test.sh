#!/usr/bin/env bash
# Smoke test of a running embedded system (./zgw up in another terminal): every API answers through the gateway
# with its API-version, a new client's rights from the Autorisaties API count from the very next request on another
# service, a narrowed or revoked right and a rotated secret stop within a second (the services keep the Autorisaties
# API's answers until its notification on kanaal autorisaties arrives), and the Catalogi publish notifications
# that reach the Notificaties API.
# Usage: deploy/bin/smoke-test.sh   (from the repository root; needs curl and python3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
GW=${ZGW_GATEWAY_URL:-http://localhost:${ZGW_GATEWAY_PORT:-8000}}
AC_INTERNAL=${ZGW_AC_INTERNAL:-http://localhost:8005}
ADMIN="Authorization: Bearer $(./zgw token)"
fail() { echo "FAIL: $*"; exit 1; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# eventually CODE WITHIN_MS curl-args...: polls until the status is CODE; prints the milliseconds it took
eventually() {
  local want=$1 limit=$2 start now; shift 2
  start=$(date +%s%3N)
  while true; do
    now=$(date +%s%3N)
    [ "$(status "$@")" = "$want" ] && { echo $((now - start)); return 0; }
    [ $((now - start)) -ge "$limit" ] && return 1
    sleep 0.05
  done
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
jwt() { # client-id secret
  python3 - "$1" "$2" <<'PY'
import base64, hashlib, hmac, json, sys, time
b = lambda x: base64.urlsafe_b64encode(x).rstrip(b"=").decode()
h = b(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
p = b(json.dumps({"iss": sys.argv[1], "iat": int(time.time()), "client_id": sys.argv[1],
                  "user_id": "smoke", "user_representation": "Smoke Test"}).encode())
s = b(hmac.new(sys.argv[2].encode(), f"{h}.{p}".encode(), hashlib.sha256).digest())
print(f"{h}.{p}.{s}")
PY
}

# the API-version each service announces (zgw.api.version in its application.properties)
for pair in catalogi=1.3.3 zaken=1.7.0 documenten=1.7.0 besluiten=1.1.0 autorisaties=1.1.0 notificaties=1.0.1; do
  api=${pair%%=*}; version=${pair#*=}
  headers=$(curl -s -D - -o /dev/null -w '%{http_code}' "$GW/$api/api/v1/openapi.json" | tr -d '\r')
  [ "${headers##*$'\n'}" = 200 ] || fail "$api openapi.json"
  got=$(printf '%s\n' "$headers" | awk -F': *' 'tolower($1) == "api-version" {print $2}')
  [ "$got" = "$version" ] || fail "$api openapi.json: API-version '$got', expected $version"
done
echo "ok   six openapi.json documents through the gateway, each with its API-version"

client="smoke-$(date +%s)"
secret=$(curl -sf -X POST "$AC_INTERNAL/beheer/v1/clients" -H "$ADMIN" -H 'Content-Type: application/json' \
  -d "{\"clientId\": \"$client\"}" | json 'd["secret"]')
AUTH="Authorization: Bearer $(jwt "$client" "$secret")"
[ "$(status -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen")" = 403 ] || fail "a credential without Applicatie reads"
echo "ok   a credential without an Applicatie gets 403"

app=$(curl -sf -X POST "$GW/autorisaties/api/v1/applicaties" -H "$ADMIN" -H 'Content-Type: application/json' \
  -d "{\"clientIds\": [\"$client\"], \"label\": \"Smoke\", \"autorisaties\": [{\"component\": \"ztc\", \"scopes\": [\"catalogi.lezen\"]}]}" \
  | json 'd["url"]')
[ "$(status -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen")" = 200 ] || fail "new Applicatie not effective at once"
[ "$(status -H "$AUTH" -X POST -H 'Content-Type: application/json' -d '{}' "$GW/catalogi/api/v1/catalogussen")" = 403 ] \
  || fail "catalogi.lezen may write"
echo "ok   a new Applicatie counts on the very next request (read 200, write 403)"

curl -sf -X PATCH "$app" -H "$ADMIN" -H 'Content-Type: application/json' -o /dev/null \
  -d '{"autorisaties": [{"component": "ztc", "scopes": []}]}' || fail "narrow the Applicatie"
ms=$(eventually 403 2000 -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen") || fail "a narrowed scope still reads after 2 s"
echo "ok   a narrowed Applicatie (catalogi.lezen taken away) gives 403 after ${ms} ms"

curl -sf -X PATCH "$app" -H "$ADMIN" -H 'Content-Type: application/json' -o /dev/null \
  -d '{"autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}]}' || fail "widen the Applicatie again"
eventually 200 2000 -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen" > /dev/null || fail "a widened scope does not read"
new_secret=$(curl -sf -X PUT "$AC_INTERNAL/beheer/v1/clients/$client/secret" -H "$ADMIN" \
  -H 'Content-Type: application/json' -d '{}' | json 'd["secret"]') || fail "rotate the secret"
ms=$(eventually 403 2000 -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen") || fail "the old secret still works 2 s after rotation"
AUTH="Authorization: Bearer $(jwt "$client" "$new_secret")"
[ "$(status -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen")" = 200 ] || fail "the rotated secret does not work"
echo "ok   after a secret rotation the old token gets 403 (after ${ms} ms) and the new one 200 at once"

curl -sf -X DELETE "$app" -H "$ADMIN" -o /dev/null
ms=$(eventually 403 2000 -H "$AUTH" "$GW/catalogi/api/v1/zaaktypen") || fail "deleted Applicatie still works after 2 s"
echo "ok   a deleted Applicatie stops working after ${ms} ms"

rsin=$(python3 -c "
import random
while True:  # an RSIN passes the elfproef
    d = [random.randint(0, 9) for _ in range(8)]
    last = sum((9 - i) * d[i] for i in range(8)) % 11
    if last < 10:
        print(''.join(map(str, d)) + str(last)); break")
catalogus=$(curl -sf -X POST "$GW/catalogi/api/v1/catalogussen" -H "$ADMIN" -H 'Content-Type: application/json' \
  -d "{\"domein\": \"SMOKE\", \"rsin\": \"$rsin\", \"contactpersoonBeheerNaam\": \"Smoke\"}" | json 'd["url"]') \
  || fail "create catalogus"
case "$catalogus" in "$GW"/catalogi/api/v1/catalogussen/*) ;; *) fail "catalogus url $catalogus is not the gateway's";; esac
echo "ok   catalogus created: $catalogus"
# a subscriber on this machine: records every POST body it gets (the NRC test-POSTs on abonnement create too)
received=$(mktemp)
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
python3 - "$port" "$received" <<'PY' &
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(sys.argv[2], "ab") as f:
            f.write(body + b"\n")
        self.send_response(204); self.end_headers()
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
subscriber=$!
trap 'kill $subscriber 2>/dev/null; rm -f "$received"' EXIT
for i in $(seq 1 100); do # until it listens (any answer; a GET is not recorded)
  [ "$(status "http://127.0.0.1:$port/")" != 000 ] && break
  sleep 0.1
done
[ "$(status "http://127.0.0.1:$port/")" != 000 ] || fail "the test subscriber did not start"
curl -sf -X POST "$GW/notificaties/api/v1/abonnement" -H "$ADMIN" -H 'Content-Type: application/json' -d "{
  \"callbackUrl\": \"http://127.0.0.1:$port/callback\", \"auth\": \"Bearer smoke\",
  \"kanalen\": [{\"naam\": \"besluittypen\", \"filters\": {\"catalogus\": \"$catalogus\"}}]}" -o /dev/null \
  || fail "create abonnement"
echo "ok   abonnement on kanaal besluittypen for this catalogus"

besluittype=$(curl -sf -X POST "$GW/catalogi/api/v1/besluittypen" -H "$ADMIN" -H 'Content-Type: application/json' -d "{
  \"catalogus\": \"$catalogus\", \"omschrijving\": \"Smoke besluit\", \"publicatieIndicatie\": false,
  \"beginGeldigheid\": \"2026-01-01\", \"informatieobjecttypen\": [], \"zaaktypen\": []}" | json 'd["url"]') \
  || fail "create besluittype"
echo "ok   besluittype created: $besluittype"
for i in $(seq 1 30); do
  grep -q "\"resourceUrl\": *\"$besluittype\"" "$received" 2>/dev/null && break
  sleep 1
done
grep -q "\"resourceUrl\": *\"$besluittype\"" "$received" || fail "no notification for the besluittype at the subscriber"
echo "ok   the subscriber got the 'create' notification of the besluittype (outbox -> Notificaties API -> callback)"

curl -sf -X POST "$besluittype/publish" -H "$ADMIN" -o /dev/null || fail "publish besluittype"
besluit=$(curl -sf -X POST "$GW/besluiten/api/v1/besluiten" -H "$ADMIN" -H 'Content-Type: application/json' -d "{
  \"verantwoordelijkeOrganisatie\": \"$rsin\", \"besluittype\": \"$besluittype\", \"datum\": \"2026-01-02\",
  \"ingangsdatum\": \"2026-01-02\"}" | json 'd["url"]') || fail "create besluit"
case "$besluit" in "$GW"/besluiten/api/v1/besluiten/*) ;; *) fail "besluit url $besluit is not the gateway's";; esac
[ "$(status -H "$ADMIN" "$besluit")" = 200 ] || fail "read besluit"
curl -sf -X DELETE "$besluit" -H "$ADMIN" -o /dev/null || fail "delete besluit"
[ "$(status -H "$ADMIN" "$besluit")" = 404 ] || fail "the deleted besluit is still there"
echo "ok   a besluit of that besluittype created (the Besluiten API checks it at the Catalogi API), read and deleted"

# the AC subscribes at the NRC in the background after both are up: a destroy sent before that would be missed
for i in $(seq 1 60); do
  curl -s "$GW/notificaties/api/v1/abonnement" -H "$ADMIN" | grep -q '/beheer/v1/notificaties"' && break
  sleep 1
done
curl -s "$GW/notificaties/api/v1/abonnement" -H "$ADMIN" | grep -q '/beheer/v1/notificaties"' \
  || fail "the Autorisaties API has no abonnement at the Notificaties API"
app=$(curl -sf -X POST "$GW/autorisaties/api/v1/applicaties" -H "$ADMIN" -H 'Content-Type: application/json' \
  -d "{\"clientIds\": [\"$client\"], \"label\": \"Smoke\", \"autorisaties\": [
       {\"component\": \"brc\", \"scopes\": [\"besluiten.lezen\"], \"besluittype\": \"$besluittype\"},
       {\"component\": \"ztc\", \"scopes\": [\"catalogi.lezen\"]}]}" | json 'd["url"]')
curl -sf -X DELETE "$besluittype" -H "$ADMIN" -o /dev/null || fail "delete besluittype"
for i in $(seq 1 30); do
  left=$(curl -s "$app" -H "$ADMIN" | json 'len(d["autorisaties"])')
  [ "$left" = 1 ] && break
  sleep 1
done
[ "$left" = 1 ] || fail "the autorisatie on the deleted besluittype is still there"
echo "ok   deleting the besluittype removed the autorisatie that pointed at it (destroy notification -> Autorisaties API)"
curl -sf -X DELETE "$app" -H "$ADMIN" -o /dev/null
echo "smoke test passed"
