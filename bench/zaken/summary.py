#!/usr/bin/env python3
"""Summary of a bench/zaken run directory: p50/p99 and req/s of every hey run, flow and pgbench baseline, the
ratios API / baseline, against the targets. `summary.py --one FILE` prints one line for a hey output."""
import os, re, sys

TARGETS = {  # scenario: (p50 at c=1 ms, req/s at c=16, p99 at c=16 ms)
    "list-p1": "p50 ≤ 15 ms (c=1); ≥ 300 req/s, p99 ≤ 100 ms (c=16)",
    "list-deep": "p50 ≤ 30 ms", "list-p5000-admin": "p50 ≤ 30 ms",
    "ordering-deep": "p50 ≤ 30 ms", "ordering-p2000-admin": "p50 ≤ 30 ms",
    "bsn": "p50 ≤ 10 ms", "post-zaak": "≥ 1,000/s", "detail-expand": "", "flow": "",
}
BASE = {"list-p1": "list-p1", "list-deep": "list-deep", "list-p5000-admin": "list-p5000-admin",
        "ordering-deep": "ordering-deep", "ordering-p2000-admin": "ordering-p2000-admin", "bsn": "bsn",
        "detail-expand": "detail-expand", "post-zaak": "post-zaak", "flow": "flow"}


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")


def hey(path):
    """hey -o csv: response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset"""
    path = path[:-4] if path.endswith(".txt") else path
    rows = [l.split(",") for l in open(path + ".csv").read().splitlines()[1:] if l.strip()]
    rt = [float(r[0]) * 1000 for r in rows]
    codes = {}
    for r in rows:
        codes[r[6]] = codes.get(r[6], 0) + 1
    span = max(float(r[7]) + float(r[0]) for r in rows) if rows else float("nan")
    t = open(path + ".txt").read() if os.path.exists(path + ".txt") else ""
    load = re.search(r"load after: (.*)", t)
    return {"rps": len(rows) / span, "p50": pct(rt, 50), "p99": pct(rt, 99), "n": len(rows), "codes": codes,
            "load": load.group(1) if load else ""}


def flow(path):
    t = open(path).read()
    m = re.search(r"\(([\d.]+) flows/s\), errors (\d+)", t)
    f = re.search(r"^flow\s+n=\s*\d+ p50=\s*([\d.]+) ms\s+p99=\s*([\d.]+)", t, re.M)
    z = re.search(r"^zaak\s+n=\s*\d+ p50=\s*([\d.]+) ms\s+p99=\s*([\d.]+) ms\s+([\d.]+)", t, re.M)
    load = re.search(r"load after: (.*)", t)
    return {"rps": float(m.group(1)), "p50": float(f.group(1)), "p99": float(f.group(2)),
            "codes": {"errors": m.group(2)}, "zaak_p50": float(z.group(1)), "load": load.group(1) if load else ""}


def base(path):
    t = open(path).read()
    m = re.search(r"p50=([\d.]+) p99=([\d.]+) tps=([\d.]+)", t)
    return {"p50": float(m.group(1)), "p99": float(m.group(2)), "rps": float(m.group(3))} if m else None


def main():
    if sys.argv[1] == "--one":
        r = hey(sys.argv[2])
        print(f"n {r['n']}  p50 {r['p50']:.1f} ms  p99 {r['p99']:.1f} ms  {r['rps']:.1f} req/s  codes {r['codes']}")
        return
    d = sys.argv[1]
    print("| scenario | users | API p50 ms | API p99 ms | API req/s | PG p50 ms | PG p99 ms | PG tx/s | p50 ratio | req/s ratio | status codes | load after | target |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in TARGETS:
        for c in (1, 16):
            f = os.path.join(d, f"{name}-c{c}.txt")
            if not os.path.exists(f) or (name != "flow" and not os.path.exists(f[:-4] + ".csv")):
                continue
            r = flow(f) if name == "flow" else hey(f)
            b = os.path.join(d, f"baseline-{BASE[name]}-c{c}.txt")
            b = base(b) if os.path.exists(b) else None
            bp = f"{b['p50']:.2f} | {b['p99']:.2f} | {b['rps']:.0f}" if b else "– | – | –"
            ratio = (f"{r['p50'] / b['p50']:.1f}× | {r['rps'] / b['rps']:.2f}" if b and b["p50"] > 0 else "– | –")
            codes = ",".join(f"{k}:{v}" for k, v in r["codes"].items())
            print(f"| {name} | {c} | {r['p50']:.1f} | {r['p99']:.1f} | {r['rps']:.1f} | {bp} | {ratio} | {codes} | "
                  f"{r['load']} | {TARGETS[name] if c == 1 or name in ('list-p1', 'post-zaak') else ''} |")


if __name__ == "__main__":
    main()
