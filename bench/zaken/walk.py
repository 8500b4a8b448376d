#!/usr/bin/env python3
"""How a case system reindexes: GET /zaken page 1, 2, 3, ... in turn, as one client on one keep-alive connection
(the restricted client by default, WHO=admin for the bootstrap client), with an optional ordering. Each request is
timed from just before it is written until its whole body is read. Prints p50/p90/p99/max of the pages and of the
first one, and the number of pages.
Usage: walk.py PAGES [ORDERING] [START]   (env as for seed.py; START: the first page, default 1)"""
import http.client, json, os, statistics, sys, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

pages = int(sys.argv[1])
ordering = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
start = int(sys.argv[3]) if len(sys.argv) > 3 else 1
state = load_state()
if os.environ.get("WHO") == "admin":
    token = admin_token()
else:
    token = jwt(state["restricted"], os.environ.get("RESTRICTED_SECRET", "zbench-restricted-secret-0123456789abcdef"))
u = urllib.parse.urlparse(ZAKEN)
H = {"Authorization": "Bearer " + token, "Accept": "application/json", **CRS}
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
times, rows = [], 0
for page in range(start, start + pages):
    q = {"page": page, **({"ordering": ordering} if ordering else {})}
    t0 = time.perf_counter()
    conn.request("GET", u.path + "/zaken?" + urllib.parse.urlencode(q), headers=H)
    r = conn.getresponse()
    body = r.read()
    times.append((time.perf_counter() - t0) * 1000)
    if r.status != 200:
        sys.exit("page %d: %d %s" % (page, r.status, body[:300]))
    rows += len(json.loads(body)["results"])
s = sorted(times)
pct = lambda p: s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]
print("pages %d-%d%s: %d rows; first %.1f ms; p50 %.1f ms p90 %.1f ms p99 %.1f ms max %.1f ms; mean %.1f ms"
      % (start, start + pages - 1, " ordering=" + ordering if ordering else "", rows, times[0], pct(50), pct(90),
         pct(99), s[-1], statistics.mean(times)))
