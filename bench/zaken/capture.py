#!/usr/bin/env python3
"""Extracts the statements the Zaken service executed between two markers in the PostgreSQL log (written with
log_min_duration_statement = 0, log_line_prefix with `db=%d `): `capture.py LOG FROM_MARK TO_MARK` prints each `execute` with its duration and
parameters, leaving out the background pollers (outbox, synchronisatie, Notificaties, Autorisaties)."""
import re, sys

literal = "--literal" in sys.argv  # statements of the busiest connection, parameters inlined (pgbench script)
args = [x for x in sys.argv[1:] if x != "--literal"]
log, a, b = args[:3]
text = open(log, errors="replace").read()
start = text.index(f"ZBENCH-MARK {a}'")
end = text.index(f"ZBENCH-MARK {b}'", start)
part = text[text.index("\n", start):text.rfind("\n", 0, end)]
entries = re.split(r"\n(?=\d{4}-\d\d-\d\d )", part)
# the background pollers and relays of every service (they share the server and its log)
NOISE = ("UPDATE zgw_outbox SET attempts", "DELETE FROM zgw_outbox", "UPDATE zgw_synchronisatie SET attempts",
         "DELETE FROM zgw_synchronisatie", "delivery_job", "ac_revisie", "ZBENCH-MARK")
total = 0.0
out = []
for i, e in enumerate(entries):
    m = re.match(r".*?\[(\d+)\] (?:db=(\S*) )?LOG:  duration: ([\d.]+) ms  execute [^:]*: (.*)", e, re.S)
    if not m or any(n in e for n in NOISE) or (m.group(2) is not None and m.group(2) != "zaken"):
        continue
    pid, ms, sql = m.group(1), float(m.group(3)), m.group(4).strip()
    params = ""
    if i + 1 < len(entries) and "DETAIL:  parameters:" in entries[i + 1]:
        params = entries[i + 1].split("DETAIL:  parameters:", 1)[1].strip()
    total += ms
    out.append((pid, ms, sql, params))
if literal:
    print("BEGIN;")
    for pid, ms, sql, params in out:
        if sql in ("BEGIN", "COMMIT"):
            continue
        values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", params))
        print(re.sub(r"\$(\d+)", lambda m: values[m.group(1)], sql).replace("\n", " ") + ";")
    print("COMMIT;")
else:
    for pid, ms, sql, params in out:
        print(f"-- [{pid}] {ms:.3f} ms\n{sql};\n-- parameters: {params[:400]}{'...' if len(params) > 400 else ''}\n")
    print(f"-- total execute time {total:.3f} ms")
