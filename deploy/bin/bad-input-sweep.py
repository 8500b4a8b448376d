#!/usr/bin/env python3
"""Bad-input sweep against a running `./zgw up`: every operation of the official documents the services serve, called
through the gateway with malformed bodies, wrong content types, bad query values and odd path ids. Any 5xx (or a
request that does not complete) is reported; exit status 1 if there is one. Run from the repository root; needs
python3 with PyYAML. The token is the bootstrap client's (`./zgw token`)."""
import json, re, subprocess, sys, urllib.error, urllib.request

import yaml

tok = subprocess.check_output(['./zgw','token']).decode().strip().splitlines()[-1]
base=sys.argv[1] if len(sys.argv) > 1 else 'http://localhost:8000'
APIS=['catalogi','zaken','documenten','besluiten','autorisaties','notificaties']  # every service serves its official document
bad_bodies=['{', '[]', '"x"', '{"a":1}', json.dumps({k:v for k,v in [('url',1),('naam',{}),('catalogus','nope'),('zaaktype',123),('identificatie','x'*5000),('beginGeldigheid','2020-13-45'),('kanalen','x'),('callbackUrl','ftp://x'),('autorisaties',[1]),('clientIds','x')]}), 'null', '{"kanaal":null,"kenmerken":[]}']
bad_params=['status=foo','datumGeldigheid=xx','catalogus=nope','page=0','page=abc','expand=foo,bar','zaaktype=%00','identificatie=' + 'a'*3000, 'naam=%ff', 'clientIds=', 'unknown=1']
fivexx=[]; n=0
def call(method, path, body=None, headers=None):
    global n; n+=1
    h={'Authorization':'Bearer '+tok,'Accept-Crs':'EPSG:4326','Content-Crs':'EPSG:4326'}
    if body is not None: h['Content-Type']='application/json'
    if headers: h.update(headers)
    req=urllib.request.Request(base+path, data=body.encode() if body is not None else None, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=20) as r: return r.status
    except urllib.error.HTTPError as e: return e.code
    except Exception as e: return str(e)
for api in APIS:
    spec=yaml.safe_load(open(f'{api}-api/src/main/resources/META-INF/openapi.yaml'))
    for p, ops in spec['paths'].items():
        concrete=re.sub(r'\{[a-z_]*uuid\}','00000000-0000-0000-0000-000000000000',p)
        for m in ops:
            if m not in ('get','post','put','patch','delete','head'): continue
            path=f'/{api}/api/v1'+concrete
            if m in ('get','head'):
                for q in bad_params:
                    s=call(m.upper(), path+'?'+q)
                    if not isinstance(s,int) or s>=500: fivexx.append((m,path+'?'+q,s))
                for weird in ['/not-a-uuid','/%2e%2e/%2e%2e','/'+'9'*200]:
                    if '{uuid}' in p:
                        s=call('GET', f'/{api}/api/v1'+p.replace('/{uuid}',weird))
                        if not isinstance(s,int) or s>=500: fivexx.append(('GET',weird,s))
            else:
                for b in bad_bodies:
                    s=call(m.upper(), path, b)
                    if not isinstance(s,int) or s>=500: fivexx.append((m,path,b[:40],s))
                s=call(m.upper(), path, '{}', {'Content-Type':'text/plain'})
                if not isinstance(s,int) or s>=500: fivexx.append((m,path,'text/plain',s))
# oversized request line and headers: every service and the gateway answer 414/431 with a problem+json body
oversized=[]
def oversized_probe(what, path, headers, status, code):
    global n; n+=1
    h={'Authorization':'Bearer '+tok,'Accept-Crs':'EPSG:4326'}; h.update(headers)
    try:
        with urllib.request.urlopen(urllib.request.Request(base+path, headers=h), timeout=20) as r: got=(r.status, r.headers.get('Content-Type'), r.read())
    except urllib.error.HTTPError as e: got=(e.code, e.headers.get('Content-Type'), e.read())
    except Exception as e: oversized.append((what, path[:60], str(e))); return
    try: body=json.loads(got[2])
    except ValueError: body={}
    if got[0]!=status or got[1]!='application/problem+json' or body.get('code')!=code or body.get('status')!=status:
        oversized.append((what, path[:60], got[0], got[1], got[2][:80]))
for api in ['catalogi','zaken','documenten','besluiten','autorisaties','notificaties']:
    oversized_probe('10 kB request line', f'/{api}/api/v1/x?q=' + 'a'*10000, {}, 414, 'uri_too_long')
    oversized_probe('20 kB header', f'/{api}/api/v1/x', {'X-Groot':'b'*20480}, 431, 'request_header_fields_too_large')
fivexx += oversized
print(n, 'requests;', len(fivexx), '5xx/errors (oversized probes not answered as problem+json: %d)' % len(oversized))
for x in fivexx[:30]:
    print(x)
sys.exit(1 if fivexx else 0)
