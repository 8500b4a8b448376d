#!/usr/bin/env python3
"""Turns the captured statements of a write (capture.py --literal) into a pgbench script that can run again and
again: the new resources' uuids (zaak, status, rol, audit trail entries) become fresh gen_random_uuid() values,
the identificatie comes from the same counter upsert the service runs (RETURNING ... \\gset), the new zaak's and
status's ids from their own INSERT ... RETURNING. Everything else is the service's statement text as logged.
Usage: baseline_sql.py CAPTURED.sql OUT.pgbench.sql"""
import re, sys

src, dst = sys.argv[1:3]
lines = [l for l in open(src).read().splitlines() if l.strip()]
text = "\n".join(lines)
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
new = []
for m in re.finditer(r'"resourceUrl":"[^"]*/(' + UUID + ')"', text):  # the created resources
    new.append(m.group(1))
for m in re.finditer(r"INSERT INTO zgw_audittrail \([^)]*\) VALUES \('(" + UUID + ")'", text):
    new.append(m.group(1))
new = list(dict.fromkeys(new))
zid = re.search(r"zaak_id in \('(\d+)'\)", text) or re.search(r"zaak_id='(\d+)'", text)
sid = re.search(r"s1_0\.id='(\d+)'", text)
out = []
for l in lines:
    if l.startswith("INSERT INTO zaak_identificatie_teller"):
        l = l.replace("RETURNING laatste;", "RETURNING lpad(laatste::text, 10, '0') AS nr \\gset")
    elif l.startswith("insert into zaak ("):
        l = re.sub(r"RETURNING (id|\*);$", r"RETURNING id AS zid \\gset", l)
    elif l.startswith("insert into status ("):
        l = re.sub(r"RETURNING \*;$", r"RETURNING id AS sid \\gset", l)
    elif l.startswith("insert into rol ("):
        l = re.sub(r"RETURNING \*;$", r"RETURNING id AS rid \\gset", l)
    l = re.sub(r"(ZAAK-\d{4}-)\d{10}", r"\1:nr", l)
    for i, u in enumerate(new):
        l = l.replace(u, f":u{i}")
    if zid:
        l = l.replace(f"'{zid.group(1)}'", ":zid")
    if sid:
        l = l.replace(f"'{sid.group(1)}'", ":sid")
    out.append(l)
if new:
    out.insert(1, "SELECT " + ", ".join(f"gen_random_uuid() AS u{i}" for i in range(len(new))) + " \\gset")
open(dst, "w").write("\n".join(out) + "\n")
print(f"{dst}: {len(out)} statements, {len(new)} fresh uuids, zaak id {'yes' if zid else 'no'}, status id {'yes' if sid else 'no'}")
