#!/usr/bin/env python3
"""Sequential GET latency over one keep-alive connection: p50/p90/p99 of N requests after a warm-up.

usage: latency.py <host> <port> <path> <client_id> <secret> [N] [warmup]
"""
import base64, hashlib, hmac, http.client, json, statistics, sys, time


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(client_id: str, secret: str) -> str:
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps({"iss": client_id, "iat": int(time.time()), "client_id": client_id,
                              "user_id": "bench", "user_representation": "Bench"}).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


def main():
    host, port, path, client_id, secret = sys.argv[1:6]
    n = int(sys.argv[6]) if len(sys.argv) > 6 else 2000
    warmup = int(sys.argv[7]) if len(sys.argv) > 7 else 300
    headers = {"Authorization": "Bearer " + token(client_id, secret), "Accept": "application/json"}
    conn = http.client.HTTPConnection(host, int(port))
    samples = []
    for i in range(warmup + n):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            sys.exit(f"request {i}: HTTP {response.status}")
        if i >= warmup:
            samples.append(elapsed)
    samples.sort()
    pct = lambda p: samples[min(len(samples) - 1, int(round(p / 100 * len(samples))) - 1)]
    print(json.dumps({"path": path, "n": n, "p50_ms": round(pct(50), 2), "p90_ms": round(pct(90), 2),
                      "p99_ms": round(pct(99), 2), "mean_ms": round(statistics.mean(samples), 2)}))


if __name__ == "__main__":
    main()
