#!/usr/bin/env python3
"""Seeds a running `./zgw up` for the Zaken bench (bench/zaken/README.md).

1. through the gateway (bootstrap token): a catalogus, 100 zaaktypen, each with 3 statustypen and 2 roltypen,
   published; a restricted client (credential + Applicatie: zaken.* on 10 zaaktypen, max zaakvertrouwelijk);
   one sample zaak with a rol of each kind, a status and a zaakobject made through the API (its rows are the
   template of the bulk rows: every column as the service itself writes it);
2. straight into the Zaken database: N zaken (env N, default 1,000,000), 1-3 rollen, 2 statussen and one
   zaakobject each, in set-based INSERT ... SELECT (secondary indexes dropped and rebuilt, FK triggers off for
   the session); the identificatie counters moved past the seeded numbers; ANALYZE;
3. a sample of seeded zaken read back through the API (detail with expand, rollen, statussen).
Env: ZGW_GATEWAY_PORT, ZGW_DB_PORT, ZGW_DATA_DIR (as for ./zgw up), N, RESTRICTED_ID, RESTRICTED_SECRET.
"""
import concurrent.futures as cf
import json, os, random, subprocess, sys, time, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

N = int(os.environ.get("N", "1000000"))
ZAAKTYPEN = int(os.environ.get("ZAAKTYPEN", "100"))
GRANTED = 10
RID = os.environ.get("RESTRICTED_ID", "zbench-restricted")
RSECRET = os.environ.get("RESTRICTED_SECRET", "zbench-restricted-secret-0123456789abcdef")
BRON = "517439943"


def log(msg):
    print(time.strftime("[%H:%M:%S] ", time.gmtime()) + msg, flush=True)


def rsin():
    while True:
        d = [random.randint(0, 9) for _ in range(8)]
        last = sum((9 - i) * d[i] for i in range(8)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def created(token, collection, body):
    return call("POST", f"{CATALOGI}/{collection}", token, body)[1]["url"]


def zaaktype(token, catalogus, i):
    level = LEVELS[i % len(LEVELS)]
    zt = created(token, "zaaktypen", {
        "identificatie": f"ZBENCH-{i:03d}", "omschrijving": f"Bench zaaktype {i:03d}",
        "vertrouwelijkheidaanduiding": level, "doel": "doel", "aanleiding": "aanleiding",
        "indicatieInternOfExtern": "extern", "handelingInitiator": "aanvragen", "onderwerp": f"Onderwerp {i}",
        "handelingBehandelaar": "behandelen", "doorlooptijd": "P56D", "opschortingEnAanhoudingMogelijk": True,
        "verlengingMogelijk": True, "verlengingstermijn": "P28D", "publicatieIndicatie": False,
        "productenOfDiensten": [], "referentieproces": {"naam": "proces"}, "verantwoordelijke": "afdeling",
        "catalogus": catalogus, "besluittypen": [], "gerelateerdeZaaktypen": [], "beginGeldigheid": "2019-01-01",
        "versiedatum": "2019-01-01"})
    st = [created(token, "statustypen", {"zaaktype": zt, "omschrijving": o, "volgnummer": n})
          for n, o in ((1, "Ontvangen"), (2, "In behandeling"), (3, "Afgehandeld"))]
    rt = [created(token, "roltypen", {"zaaktype": zt, "omschrijving": o, "omschrijvingGeneriek": g})
          for o, g in (("Aanvrager", "initiator"), ("Behandelaar", "behandelaar"))]
    call("POST", zt + "/publish", token, {})
    return {"i": i, "url": zt, "uuid": zt.rsplit("/", 1)[1], "statustypen": st, "roltypen": rt}


def catalogue(token):
    catalogus = created(token, "catalogussen", {"domein": "ZBNCH", "rsin": rsin(),
                                                "contactpersoonBeheerNaam": "Bench"})
    with cf.ThreadPoolExecutor(6) as ex:
        types = list(ex.map(lambda i: zaaktype(token, catalogus, i), range(ZAAKTYPEN)))
    return catalogus, types


def restricted_client(token, types):
    ac = GW + "/autorisaties/api/v1"
    internal = os.environ.get("AC_INTERNAL")  # beheer/v1 is not routed by the gateway
    st, _ = call("POST", f"{internal}/beheer/v1/clients", token, {"clientId": RID, "secret": RSECRET},
                 ok=(200, 201, 400, 409)) if internal else (None, None)
    scopes = ["zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.statussen.toevoegen"]
    app = call("POST", f"{ac}/applicaties", token, {
        "clientIds": [RID], "label": "Zaken bench (restricted)", "heeftAlleAutorisaties": False,
        "autorisaties": [{"component": "zrc", "scopes": scopes, "zaaktype": t["url"],
                          "maxVertrouwelijkheidaanduiding": "zaakvertrouwelijk"} for t in types[:GRANTED]]
        + [{"component": "ztc", "scopes": ["catalogi.lezen"]}]})[1]
    return app["url"]


def sample_zaak(token, t):
    """A zaak made through the API with a rol of each kind, a status and a zaakobject: the rows to copy."""
    z = call("POST", ZAKEN + "/zaken", token, {
        "bronorganisatie": BRON, "verantwoordelijkeOrganisatie": BRON, "zaaktype": t["url"],
        "omschrijving": "Bench voorbeeldzaak", "startdatum": "2026-01-05",
        "vertrouwelijkheidaanduiding": "intern"}, headers=CRS)[1]
    np = call("POST", ZAKEN + "/rollen", token, {
        "zaak": z["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": t["roltypen"][0],
        "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {
            "inpBsn": "111222333", "geslachtsnaam": "Jansen", "voornamen": "Jan", "geslachtsaanduiding": "m"}},
        headers=CRS)[1]
    mw = call("POST", ZAKEN + "/rollen", token, {
        "zaak": z["url"], "betrokkeneType": "medewerker", "roltype": t["roltypen"][1],
        "roltoelichting": "behandelaar", "betrokkeneIdentificatie": {
            "identificatie": "mw-0001", "achternaam": "Pietersen", "voorletters": "P"}}, headers=CRS)[1]
    s = call("POST", ZAKEN + "/statussen", token, {
        "zaak": z["url"], "statustype": t["statustypen"][0], "datumStatusGezet": "2026-01-05T09:00:00+01:00",
        "statustoelichting": "ontvangen"}, headers=CRS)[1]
    zo = call("POST", ZAKEN + "/zaakobjecten", token, {
        "zaak": z["url"], "objectType": "adres", "relatieomschrijving": "locatie",
        "objectIdentificatie": {"identificatie": "0363200000000001", "wplWoonplaatsNaam": "Amsterdam",
                                "gorOpenbareRuimteNaam": "Dam", "huisnummer": 1, "huisletter": "",
                                "huisnummertoevoeging": "", "postcode": "1012JS"}}, headers=CRS)[1]
    u = lambda x: x["url"].rsplit("/", 1)[1]
    return {"zaak": u(z), "rol_np": u(np), "rol_mw": u(mw), "status": u(s), "zaakobject": u(zo)}


def main():
    t0 = time.time()
    token = admin_token()
    if os.path.exists(STATE):
        state = load_state()
        log(f"catalogue from {STATE}: {len(state['zaaktypen'])} zaaktypen")
    else:
        catalogus, types = catalogue(token)
        log(f"catalogus, {len(types)} published zaaktypen (3 statustypen, 2 roltypen each) through the gateway "
            f"in {time.time() - t0:.1f} s")
        app = restricted_client(token, types)
        log(f"restricted client {RID}: Applicatie {app} (zrc on {GRANTED} zaaktypen, max zaakvertrouwelijk)")
        state = {"catalogus": catalogus, "zaaktypen": types, "applicatie": app, "restricted": RID,
                 "granted": [t["url"] for t in types[:GRANTED]]}
        state["sample"] = sample_zaak(token, types[0])
        log(f"sample zaak through the API: {state['sample']}")
        with open(STATE, "w") as f:
            json.dump(state, f, indent=1)
    if N > 0:
        bulk(state)
    check(state, token)
    log(f"seed done in {time.time() - t0:.1f} s")


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


def bulk(state):
    here = os.path.dirname(os.path.abspath(__file__))
    rows = ",\n".join("(%d, %s, %s::uuid, %s, %s, %s, %s, %s)" % (
        t["i"], sql_literal(t["url"]), sql_literal(t["uuid"]), sql_literal(t["statustypen"][0]),
        sql_literal(t["statustypen"][1]), sql_literal(t["roltypen"][0]), sql_literal(t["roltypen"][1]),
        sql_literal("Bench zaaktype %03d" % t["i"])) for t in state["zaaktypen"])
    s = state["sample"]
    env = dict(os.environ, PGHOST="127.0.0.1", PGPORT=DB_PORT, PGUSER="postgres", PGDATABASE="zaken")
    t0 = time.time()
    before = psql("SELECT count(*) FROM zaak").strip()
    # the zaaktypen and the sample rows go into a regular table the parallel sessions share; dropped at the end
    psql(f"""DROP TABLE IF EXISTS zbench_zt; CREATE UNLOGGED TABLE zbench_zt (i int PRIMARY KEY, url text,
        uuid uuid, st1 text, st2 text, rt1 text, rt2 text, naam text);
        INSERT INTO zbench_zt VALUES {rows};""")
    subst = {"N": str(N), "SAMPLE_ZAAK": s["zaak"], "SAMPLE_ROL_NP": s["rol_np"], "SAMPLE_ROL_MW": s["rol_mw"],
             "SAMPLE_STATUS": s["status"], "SAMPLE_ZAAKOBJECT": s["zaakobject"], "NZT": str(len(state["zaaktypen"]))}

    def run(name):
        with open(os.path.join(here, "sql", name)) as f:
            text = f.read()
        for k, v in subst.items():
            text = text.replace("{{" + k + "}}", v)
        t = time.time()
        out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At"], input=text, text=True, env=env,
                             capture_output=True)
        if out.returncode:
            raise RuntimeError(f"{name}: {out.stderr}")
        log(f"  {name}: {time.time() - t:.1f} s {out.stdout.strip()}")
        return out.stdout

    log(f"bulk: {N} zaken into database zaken on port {DB_PORT} (had {before})")
    run("1-prepare.sql")       # drop the secondary indexes (definitions kept in zbench_idx), zaak rows
    with cf.ThreadPoolExecutor(3) as ex:  # the children of the zaken, one session each
        list(ex.map(run, ["2-rol.sql", "2-status.sql", "2-zaakobject.sql"]))
    idx = [l for l in psql("SELECT def FROM zbench_idx ORDER BY n").splitlines() if l.strip()]
    t = time.time()
    with cf.ThreadPoolExecutor(2) as ex:  # rebuild the dropped indexes, two at a time (2 cores)
        list(ex.map(lambda d: subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                                              "SET maintenance_work_mem='512MB'", "-c", d], check=True, env=env,
                                             capture_output=True), idx))
    log(f"  {len(idx)} indexes rebuilt: {time.time() - t:.1f} s")
    run("3-finish.sql")        # identificatie counters, sequences, ANALYZE
    counts = psql("SELECT (SELECT count(*) FROM zaak)||' zaken, '||(SELECT count(*) FROM rol)||' rollen, '||"
                  "(SELECT count(*) FROM status)||' statussen, '||(SELECT count(*) FROM zaakobject)||' zaakobjecten'")
    log(f"bulk done in {time.time() - t0:.1f} s: {counts.strip()}")


def check(state, token):
    """Seeded zaken read through the gateway: detail with expand, their rollen and statussen, as admin and as the
    restricted client (a zaak of a granted zaaktype at a granted level)."""
    rtoken = jwt(state["restricted"], RSECRET)
    granted = ",".join(sql_literal(g) for g in state["granted"])
    rows = psql(f"(SELECT uuid FROM zaak WHERE identificatie LIKE 'ZAAK-20__-%' ORDER BY random() LIMIT 5) UNION ALL "
                f"(SELECT uuid FROM zaak WHERE zaaktype IN ({granted}) AND vertrouwelijkheidaanduiding IN "
                f"('openbaar','beperkt_openbaar','intern','zaakvertrouwelijk') AND id > (SELECT min(id) FROM zaak) "
                f"ORDER BY random() LIMIT 3)").split()
    for k, u in enumerate(rows):
        tok = token if k < 5 else rtoken
        z = call("GET", f"{ZAKEN}/zaken/{u}?expand=status,rollen,zaaktype", tok, headers=CRS)[1]
        rollen = call("GET", f"{ZAKEN}/rollen?zaak={z['url']}", tok, headers=CRS)[1]
        st = call("GET", f"{ZAKEN}/statussen?zaak={z['url']}", tok, headers=CRS)[1]
        zo = call("GET", f"{ZAKEN}/zaakobjecten?zaak={z['url']}", tok, headers=CRS)[1]
        assert z["status"] and len(z["rollen"]) >= 1 and rollen["count"] == len(z["rollen"]), z
        assert st["count"] == 2 and zo["count"] == 1 and "_expand" in z, (st, zo)
        log(f"  200 {'restricted' if k >= 5 else 'admin     '} {z['identificatie']} {z['vertrouwelijkheidaanduiding']:17}"
            f" {z['_expand']['zaaktype']['omschrijving']}: {rollen['count']} rollen "
            f"({','.join(r['betrokkeneType'] for r in rollen['results'])}), {st['count']} statussen, "
            f"status {z['_expand']['status']['statustoelichting']!r}, {zo['count']} zaakobject")


if __name__ == "__main__":
    main()
