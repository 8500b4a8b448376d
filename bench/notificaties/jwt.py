#!/usr/bin/env python3
"""Prints a JWT-ZGW (HS256) for client_id argv[1] with secret argv[2]."""
import base64, hashlib, hmac, json, sys, time
def b64(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
cid, secret = sys.argv[1], sys.argv[2]
h = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
p = b64(json.dumps({"iss": cid, "iat": int(time.time()), "client_id": cid, "user_id": "bench",
                    "user_representation": "bench"}).encode())
s = b64(hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest())
print(f"{h}.{p}.{s}")
