#!/usr/bin/env python3
"""Mixed load through the gateway on kept-alive connections: N clients, each on one persistent HTTP/1.1 connection;
seven in eight requests GET a list, one in eight is a POST or PUT with a bad body (malformed JSON, a 1 MB string,
20,000 levels of nesting, a wrong type, an empty body). With --impatient F, a fraction F of the requests is instead
sent on a connection of its own that the client abandons (closes with a reset) as soon as it has the status line, as
a client does that stops at the status. Counts every status, and every 502 with what it was.

Run from the repository root against a running `./zgw up`:

    python3 bench/gateway/mixed_load.py [--requests 100000] [--clients 8] [--impatient 0.05] [--base http://localhost:8000]

Exit status 1 if any 502 (or any request that got no answer at all) was seen. Python 3 stdlib only.
"""
import argparse
import collections
import http.client
import json
import random
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

LISTS = [
    '/zaken/api/v1/zaken',
    '/catalogi/api/v1/zaaktypen',
    '/catalogi/api/v1/besluittypen',
    '/documenten/api/v1/enkelvoudiginformatieobjecten',
    '/besluiten/api/v1/besluiten',
    '/autorisaties/api/v1/applicaties',
    '/notificaties/api/v1/kanaal',
]
WRITES = [
    ('POST', '/zaken/api/v1/zaken'),
    ('POST', '/catalogi/api/v1/zaaktypen'),
    ('POST', '/catalogi/api/v1/besluittypen'),
    ('PUT', '/catalogi/api/v1/besluittypen/{uuid}'),
    ('POST', '/besluiten/api/v1/besluiten'),
    ('POST', '/documenten/api/v1/enkelvoudiginformatieobjecten'),
    ('PUT', '/zaken/api/v1/zaken/{uuid}'),
    ('POST', '/notificaties/api/v1/abonnement'),
]
BAD_BODIES = [
    ('malformed', b'{"omschrijving": "x", '),
    ('1MB-string', json.dumps({'omschrijving': 'x' * (1024 * 1024)}).encode()),
    ('deep-nesting', b'[' * 20000 + b']' * 20000),
    ('wrong-type', b'{"omschrijving": 12, "catalogus": [], "zaaktype": {}}'),
    ('empty', b''),
]


class Token:
    """The bootstrap client's token from `./zgw token`, renewed well before its hour is up."""

    def __init__(self):
        self.lock = threading.Lock()
        self.value, self.at = None, 0.0

    def get(self):
        with self.lock:
            if self.value is None or time.time() - self.at > 600:
                out = subprocess.check_output(['./zgw', 'token']).decode().strip().splitlines()
                self.value, self.at = out[-1], time.time()
            return self.value


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.status = collections.Counter()
        self.by_kind = collections.Counter()
        self.bad_gateway = []
        self.no_answer = []
        self.reconnects = 0

    def record(self, kind, what, status, detail=''):
        with self.lock:
            self.status[status] += 1
            self.by_kind[(kind, status)] += 1
            if status == 502:
                self.bad_gateway.append((what, detail))
            elif status == 'no-answer':
                self.no_answer.append((what, detail))


def impatient(url, headers, stats, rnd):
    """A GET of a list on a fresh connection, dropped with a reset once the status code is in."""
    path = rnd.choice(LISTS)
    lines = [f'GET {path} HTTP/1.1', f'Host: {url.hostname}:{url.port or 80}'] + [f'{k}: {v}' for k, v in headers.items()]
    try:
        with socket.create_connection((url.hostname, url.port or 80), timeout=60) as s:
            s.sendall(('\r\n'.join(lines) + '\r\n\r\n').encode())
            status = b''
            while len(status) < 12 and (chunk := s.recv(12 - len(status))):
                status += chunk
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        code = int(status[9:12]) if status.startswith(b'HTTP/1.1 ') else 'no-answer'
    except (OSError, ValueError):
        code = 'no-answer'
    stats.record("impatient", f"GET {path} (abandoned)", code)


def client(base, token, stats, count, seed, impatient_share):
    rnd = random.Random(seed)
    url = urllib.parse.urlsplit(base)
    conn = None
    for i in range(count):
        if rnd.random() < impatient_share:
            impatient(url, {'Authorization': 'Bearer ' + token.get(), 'Accept-Crs': 'EPSG:4326'}, stats, rnd)
            continue
        if conn is None:
            conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        headers = {'Authorization': 'Bearer ' + token.get(), 'Accept-Crs': 'EPSG:4326',
                   'Content-Crs': 'EPSG:4326'}
        if rnd.randrange(8) == 0:
            method, path = rnd.choice(WRITES)
            path = path.replace('{uuid}', str(uuid.uuid4()))
            name, body = rnd.choice(BAD_BODIES)
            headers['Content-Type'] = 'application/json'
            kind, what = 'write', f'{method} {path} [{name}]'
        else:
            method, path, body, name = 'GET', rnd.choice(LISTS), None, ''
            kind, what = 'get', f'GET {path}'
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            detail = ''
            if resp.status == 502:
                detail = data[:300].decode(errors='replace') + ' X-Request-ID=' + str(resp.getheader('X-Request-ID'))
            stats.record(kind, what, resp.status, detail)
            if resp.will_close:
                conn.close()
                conn = None
                with stats.lock:
                    stats.reconnects += 1
        except (http.client.HTTPException, OSError) as e:
            # the gateway closed our connection (e.g. after refusing a body it did not read): a fresh one follows
            stats.record(kind, what, 'no-answer', repr(e))
            conn.close()
            conn = None
            with stats.lock:
                stats.reconnects += 1
    if conn is not None:
        conn.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--requests', type=int, default=100_000)
    p.add_argument('--clients', type=int, default=8)
    p.add_argument('--base', default='http://localhost:8000')
    p.add_argument('--seed', type=int, default=10)
    p.add_argument('--impatient', type=float, default=0.0,
                   help='share of requests abandoned by their client once the status line is in')
    a = p.parse_args()

    token, stats = Token(), Stats()
    token.get()
    per = a.requests // a.clients
    started = time.time()
    threads = [threading.Thread(target=client, args=(a.base, token, stats, per, a.seed * 1000 + n, a.impatient))
               for n in range(a.clients)]
    for t in threads:
        t.start()
    last = 0
    while any(t.is_alive() for t in threads):
        time.sleep(1)
        done = sum(stats.status.values())
        if done - last >= 10_000:
            last = done - done % 10_000
            print(f'  {done} requests, {stats.status.get(502, 0)} x 502, {time.time() - started:.0f} s', flush=True)
    for t in threads:
        t.join()
    took = time.time() - started

    total = sum(stats.status.values())
    print(f'{total} requests from {a.clients} kept-alive clients in {took:.1f} s ({total / took:.0f}/s); '
          f'{stats.reconnects} reconnects')
    print('status histogram:', ', '.join(f'{k}: {v}' for k, v in sorted(stats.status.items(), key=str)))
    print('by kind:', ', '.join(f'{k[0]} {k[1]}: {v}' for k, v in sorted(stats.by_kind.items(), key=str)))
    print(f'502s: {len(stats.bad_gateway)}; requests without an answer: {len(stats.no_answer)}')
    for what, detail in stats.bad_gateway[:20]:
        print('  502', what, detail)
    for what, detail in stats.no_answer[:20]:
        print('  no answer', what, detail)
    sys.exit(1 if stats.bad_gateway or stats.no_answer else 0)


if __name__ == '__main__':
    main()
