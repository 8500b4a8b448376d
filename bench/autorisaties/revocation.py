#!/usr/bin/env python3
"""Revocation latency: from a change of an Applicatie at the Autorisaties API until another service acts on it.

The services keep the Autorisaties API's answers (zgw-common AutorisatiesCache) until the notification on kanaal
autorisaties arrives (Autorisaties outbox -> Notificaties API -> each service's callback). This measures, through the
gateway as a client sees it, how long a revoked scope keeps working at the Zaken API: a client reads GET /zaken in a
loop; the scope zaken.lezen is taken away (PATCH of its Applicatie); t = from sending the PATCH until the first 403.
Then the scope is given back and the time until the first 200 is measured the same way.

Usage (a running ./zgw up; see README.md):
  ZGW_DATA_DIR=... python3 bench/autorisaties/revocation.py [ROUNDS]
Env: GW (http://localhost:8000), AC_INTERNAL (http://localhost:8005, for /beheer/v1/clients), ADMIN_TOKEN (default:
`./zgw token`).
"""
import os, statistics, sys, time

# the Zaken bench's helpers: JWT-ZGW signing, HTTP through the gateway with the CRS headers, the bootstrap token
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "zaken"))
from common import CRS, admin_token, call as request, jwt  # noqa: E402

GW = os.environ.get("GW", "http://localhost:8000")
AC_INTERNAL = os.environ.get("AC_INTERNAL", "http://localhost:8005")
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
ADMIN = os.environ.get("ADMIN_TOKEN") or admin_token()
ANY_STATUS = tuple(range(200, 600))


def call(method, url, token, body=None):
    return request(method, url, token, body, headers=CRS, ok=ANY_STATUS)


def until(status, token, limit=10.0):
    """Seconds from now until GET /zaken answers `status` (polled back to back)."""
    start = time.monotonic()
    while True:
        if call("GET", GW + "/zaken/api/v1/zaken", token)[0] == status:
            return time.monotonic() - start
        if time.monotonic() - start > limit:
            raise SystemExit(f"GET /zaken did not answer {status} within {limit} s")


def autorisaties(scopes):
    return {"autorisaties": [{"component": "zrc", "scopes": scopes,
                              "zaaktype": GW + "/catalogi/api/v1/zaaktypen/00000000-0000-0000-0000-000000000001",
                              "maxVertrouwelijkheidaanduiding": "openbaar"}]}


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


client = f"revocation-{int(time.time())}"
status, made = call("POST", AC_INTERNAL + "/beheer/v1/clients", ADMIN, {"clientId": client})
assert status == 201, status
token = jwt(client, made["secret"])
status, app = call("POST", GW + "/autorisaties/api/v1/applicaties", ADMIN,
                   dict(clientIds=[client], label="Revocation bench", **autorisaties(["zaken.lezen"])))
assert status == 201, status
until(200, token)

revoke, grant = [], []
for _ in range(ROUNDS):
    # from before the PATCH is sent: its own time is part of what a revoking operator waits for
    start = time.monotonic()
    assert call("PATCH", app["url"], ADMIN, autorisaties([]))[0] == 200
    until(403, token)
    revoke.append(time.monotonic() - start)
    start = time.monotonic()
    assert call("PATCH", app["url"], ADMIN, autorisaties(["zaken.lezen"]))[0] == 200
    until(200, token)
    grant.append(time.monotonic() - start)

call("DELETE", app["url"], ADMIN)
for name, xs in (("revoke (scope taken away -> first 403)", revoke), ("grant (scope given back -> first 200)", grant)):
    ms = [x * 1000 for x in xs]
    print(f"{name}: n={len(ms)} p50={statistics.median(ms):.0f} ms p90={pct(ms, 90):.0f} ms "
          f"p99={pct(ms, 99):.0f} ms max={max(ms):.0f} ms")
