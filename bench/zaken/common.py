"""Shared bits of the Zaken bench: settings from the environment, HTTP through the gateway, JWT-ZGW, psql."""
import base64, hashlib, hmac, json, os, subprocess, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GW = os.environ.get("GW", "http://localhost:%s" % os.environ.get("ZGW_GATEWAY_PORT", "8000"))
DB_PORT = os.environ.get("ZGW_DB_PORT", "54329")
DATA = os.environ.get("ZGW_DATA_DIR", os.path.join(ROOT, "data"))
STATE = os.path.join(DATA, "zbench-state.json")  # the catalogue, clients and samples the seeder made
ZAKEN = GW + "/zaken/api/v1"
CATALOGI = GW + "/catalogi/api/v1"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
LEVELS = ["openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel",
          "geheim", "zeer_geheim"]


def jwt(client_id, secret):
    b = lambda x: base64.urlsafe_b64encode(x).rstrip(b"=").decode()
    h = b(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    p = b(json.dumps({"iss": client_id, "iat": int(time.time()), "client_id": client_id,
                      "user_id": "zbench", "user_representation": "Zaken bench"}).encode())
    s = b(hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest())
    return f"{h}.{p}.{s}"


def admin_token():
    return subprocess.check_output([os.path.join(ROOT, "zgw"), "token"], text=True).strip()


def call(method, url, token, body=None, headers=None, ok=(200, 201, 204)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        if e.code in ok:
            return e.code, json.loads(raw) if raw else None
        raise RuntimeError(f"{method} {url} -> {e.code}: {raw[:2000].decode(errors='replace')}") from None


def psql(sql, db="zaken", capture=True):
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", DB_PORT, "-U", "postgres",
           "-d", db, "-At", "-c", sql] if sql is not None else None
    return subprocess.run(cmd, check=True, text=True, capture_output=capture).stdout


def load_state():
    with open(STATE) as f:
        return json.load(f)
