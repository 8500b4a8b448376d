#!/usr/bin/env python3
"""Seed a published zaaktype against the built-in Referentielijsten and time warm zaaktype detail GETs.

usage: zaaktype_detail.py BASE_URL CLIENT_ID SECRET [N]
  e.g. zaaktype_detail.py http://localhost:8001 bench bench-secret-which-is-long-enough-123 5000
Uses only the Python standard library (JWT-ZGW HS256 built here). Prints p50/p90/p99 of one keep-alive connection.
"""
import base64, hashlib, hmac, http.client, json, random, sys, time, urllib.parse

base, client_id, secret = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
root = "/catalogi/api/v1"
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token():
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps({"iss": client_id, "client_id": client_id, "iat": int(time.time()),
                              "user_id": "bench", "user_representation": "bench"}).encode())
    sig = b64(hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"Bearer {header}.{payload}.{sig}"


AUTH = token()


def call(method, path, body=None, expect=(200, 201)):
    headers = {"Authorization": AUTH, "Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=headers)
    r = conn.getresponse()
    text = r.read().decode()
    if r.status not in expect:
        sys.exit(f"{method} {path} -> {r.status}: {text}")
    return json.loads(text) if text else None


def path(url):
    return url[url.index(root):] if root in url else urllib.parse.urlparse(url).path


def rsin():
    while True:
        d = [random.randint(0, 9) for _ in range(8)]
        last = sum((9 - i) * d[i] for i in range(8)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


procestype = call("GET", "/referentielijsten/api/v1/procestypen")[0]
resultaat = call("GET", "/referentielijsten/api/v1/resultaten?procesType="
                 + urllib.parse.quote(procestype["url"]))["results"][0]
omschrijving = call("GET", "/referentielijsten/api/v1/resultaattypeomschrijvingen")[0]
catalogus = call("POST", root + "/catalogussen", {"domein": "BENCH", "rsin": rsin(),
                                                  "contactpersoonBeheerNaam": "bench"})["url"]
ident = "BENCH-%d" % random.randint(0, 10 ** 9)
zaaktype = call("POST", root + "/zaaktypen", {
    "identificatie": ident, "omschrijving": "Bench", "vertrouwelijkheidaanduiding": "openbaar", "doel": "d",
    "aanleiding": "a", "indicatieInternOfExtern": "extern", "handelingInitiator": "aanvragen", "onderwerp": "o",
    "handelingBehandelaar": "behandelen", "doorlooptijd": "P30D", "opschortingEnAanhoudingMogelijk": False,
    "verlengingMogelijk": False, "publicatieIndicatie": False, "productenOfDiensten": [],
    "referentieproces": {"naam": "p"}, "verantwoordelijke": "v", "catalogus": catalogus, "besluittypen": [],
    "gerelateerdeZaaktypen": [], "beginGeldigheid": "2024-01-01", "versiedatum": "2024-01-01",
    "selectielijstProcestype": procestype["url"]})["url"]
for v in (1, 2):
    call("POST", root + "/statustypen", {"zaaktype": zaaktype, "omschrijving": "s%d" % v, "volgnummer": v})
call("POST", root + "/roltypen", {"zaaktype": zaaktype, "omschrijving": "r", "omschrijvingGeneriek": "initiator"})
afleiding = {"nihil": "afgehandeld", "ingeschatte_bestaansduur_procesobject": "termijn"}.get(
    resultaat.get("procestermijn"), "afgehandeld")
brondatum = {"afleidingswijze": afleiding}
if afleiding == "termijn":
    brondatum["procestermijn"] = "P5Y"
rt = call("POST", root + "/resultaattypen", {"zaaktype": zaaktype, "omschrijving": "Afgehandeld",
                                            "resultaattypeomschrijving": omschrijving["url"],
                                            "selectielijstklasse": resultaat["url"],
                                            "brondatumArchiefprocedure": brondatum})
print("resultaattype derived: archiefnominatie=%s archiefactietermijn=%s omschrijvingGeneriek=%s"
      % (rt["archiefnominatie"], rt["archiefactietermijn"], rt["omschrijvingGeneriek"]))
call("POST", path(zaaktype) + "/publish", {})

target = path(zaaktype)
for _ in range(500):
    call("GET", target)
times = []
for _ in range(n):
    t = time.perf_counter()
    call("GET", target)
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print("zaaktype detail GET, warm cache, %d requests: p50=%.3f ms p90=%.3f ms p99=%.3f ms"
      % (n, times[n // 2], times[n * 90 // 100], times[n * 99 // 100]))
