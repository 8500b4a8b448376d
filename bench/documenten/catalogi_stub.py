#!/usr/bin/env python3
"""A Catalogi stand-in for the bench: any GET .../informatieobjecttypen/<uuid> answers a published type."""
import json, sys, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port = int(sys.argv[1])


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        base = f"http://127.0.0.1:{port}"
        body = json.dumps({"url": base + self.path.split("?")[0],
                           "catalogus": f"{base}/catalogi/api/v1/catalogussen/{uuid.uuid4()}",
                           "omschrijving": "Bench", "vertrouwelijkheidaanduiding": "openbaar", "concept": False,
                           "beginGeldigheid": "2020-01-01", "informatieobjectcategorie": "bench"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
