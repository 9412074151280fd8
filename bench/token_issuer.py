#!/usr/bin/env python3
"""A stand-in OpenID provider for benchmarks only: serves a discovery document and the JWKS of a key made
for this run, on loopback. The app verifies bench tokens against it exactly as against Keycloak; nothing
else trusts that key. Usage: token_issuer.py <port> <modulus-hex>"""
import base64, http.server, json, sys

port, modulus = int(sys.argv[1]), sys.argv[2].strip()
issuer = f"http://127.0.0.1:{port}/realms/bench"

def b64(n):
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

jwks = {"keys": [{"kty": "RSA", "kid": "bench", "use": "sig", "alg": "RS256", "n": b64(int(modulus, 16)), "e": b64(65537)}]}
discovery = {"issuer": issuer, "jwks_uri": issuer + "/certs", "authorization_endpoint": issuer + "/auth",
             "token_endpoint": issuer + "/token", "end_session_endpoint": issuer + "/logout",
             "id_token_signing_alg_values_supported": ["RS256"], "response_types_supported": ["code"],
             "subject_types_supported": ["public"]}

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = {"/realms/bench/.well-known/openid-configuration": discovery, "/realms/bench/certs": jwks}.get(self.path)
        data = json.dumps(body).encode() if body else b"{}"
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
