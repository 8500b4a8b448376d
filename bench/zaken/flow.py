#!/usr/bin/env python3
"""POST /zaken, then its first status and a rol (natuurlijk_persoon with a BSN), through the gateway as the
restricted client, by C threads for D seconds (each thread one keep-alive connection). Latency is measured per
request from just before the request is written until its whole response body is read (time.perf_counter);
a flow is the three requests in sequence. Prints p50/p99 of each step and of the flow, and flows/s.
Usage: flow.py CONCURRENCY SECONDS   (env as for seed.py)"""
import http.client, json, os, random, sys, threading, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

C, D = int(sys.argv[1]), float(sys.argv[2])
MAX = int(os.environ.get("FLOWS_MAX", "0"))  # per thread; 0: as many as fit in D
state = load_state()
token = jwt(state["restricted"], os.environ.get("RESTRICTED_SECRET", "zbench-restricted-secret-0123456789abcdef"))
types = [t for t in state["zaaktypen"] if t["url"] in state["granted"]]
u = urllib.parse.urlparse(ZAKEN)
H = {"Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json", **CRS}
lat = {"zaak": [], "status": [], "rol": [], "flow": []}
errors = []
lock = threading.Lock()


def worker(seed):
    rnd = random.Random(seed)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    mine = {k: [] for k in lat}
    end = time.time() + (D if not MAX else 3600)
    while time.time() < end and not (MAX and (len(mine["flow"]) >= MAX or errors)):
        t = rnd.choice(types)
        f0 = time.perf_counter()
        try:
            steps = [("zaak", "/zaken", lambda _: {
                "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943", "zaaktype": t["url"],
                "omschrijving": "Bench nieuw", "startdatum": time.strftime("%Y-%m-%d"),
                "vertrouwelijkheidaanduiding": "intern"}),
                ("status", "/statussen", lambda z: {
                    "zaak": z, "statustype": t["statustypen"][0], "statustoelichting": "ontvangen",
                    "datumStatusGezet": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - 5))}),
                ("rol", "/rollen", lambda z: {
                    "zaak": z, "betrokkeneType": "natuurlijk_persoon", "roltype": t["roltypen"][0],
                    "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {
                        "inpBsn": str(100000000 + rnd.randrange(500000)), "geslachtsnaam": "Bench"}})]
            zaak = None
            for name, path, body in steps:
                s0 = time.perf_counter()
                conn.request("POST", u.path + path, json.dumps(body(zaak)), H)
                r = conn.getresponse()
                raw = r.read()
                mine[name].append(time.perf_counter() - s0)
                if r.status != 201:
                    raise RuntimeError(f"{name} {r.status} {raw[:300]!r}")
                if name == "zaak":
                    zaak = json.loads(raw)["url"]
            mine["flow"].append(time.perf_counter() - f0)
        except Exception as e:  # noqa
            with lock:
                errors.append(str(e))
            conn.close()
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    with lock:
        for k, v in mine.items():
            lat[k].extend(v)


t0 = time.time()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(C)]
[t.start() for t in threads]
[t.join() for t in threads]
el = time.time() - t0


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] * 1000 if v else float("nan")


print(f"concurrency {C}, {el:.1f} s, {len(lat['flow'])} flows ({len(lat['flow']) / el:.1f} flows/s), "
      f"errors {len(errors)}")
for k in ("zaak", "status", "rol", "flow"):
    print(f"{k:7} n={len(lat[k]):6} p50={pct(lat[k], 50):8.1f} ms  p99={pct(lat[k], 99):8.1f} ms  "
          f"{len(lat[k]) / el:8.1f} req/s")
for e in errors[:5]:
    print("error:", e)
