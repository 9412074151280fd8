#!/usr/bin/env bash
# Benchmark: one live session with LEARNERS (300) learners answering QUESTIONS (3) questions; the time from an
# answer to the host's histogram update that includes it. Target (issue 15): median <= 200 ms, every answer
# counted. The app runs from the packaged jar on a throwaway H2 file database, pinned to CPU 0; the driver
# (bench/LiveLoad.java) is pinned to CPU 1. Bearer tokens are signed by a key made for this run and published
# by a stand-in OpenID provider on loopback (bench/token_issuer.py), which only this run's app trusts.
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS=${LEARNERS:-300}
QUESTIONS=${QUESTIONS:-3}
SPREAD_MS=${SPREAD_MS:-3000}
PORT=${PORT:-18094}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

work=$(mktemp -d)
app=""
issuer=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null || true; [ -n "$issuer" ] && kill "$issuer" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
MODULUS=$(openssl rsa -in "$work/key.pem" -noout -modulus 2>/dev/null | sed 's/^Modulus=//')
ISSUER_PORT=$((PORT + 1))
python3 bench/token_issuer.py "$ISSUER_PORT" "$MODULUS" &
issuer=$!
ISS="http://127.0.0.1:$ISSUER_PORT/realms/bench"

DB="jdbc:h2:file:$work/db/academy;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
taskset -c 0 java $(cat bench/jvm-flags) -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="$DB" \
  -Dquarkus.oidc.auth-server-url="$ISS" -Dquarkus.oidc.credentials.secret=bench-only -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/live-app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "app not ready; see $OUT/live-app.log" >&2; exit 1; }

echo "[bench] load: $(uptime)"
# warm-up: WARMUP_SESSIONS whole sessions of the same size (a server in class has been serving all day; a fresh JVM
# interprets the code for the first thousand requests or so), then the measured one
for w in $(seq 1 "${WARMUP_SESSIONS:-2}"); do
  taskset -c 1 java bench/LiveLoad.java "http://127.0.0.1:$PORT" "$work/key.pem" "$ISS" "$LEARNERS" "$QUESTIONS" "$SPREAD_MS" > "$OUT/live-warmup-$w.txt" 2>&1 || true
  grep '^RESULT' "$OUT/live-warmup-$w.txt" | sed "s/^/[bench] warm-up $w: /" || true
done
taskset -c 1 java bench/LiveLoad.java "http://127.0.0.1:$PORT" "$work/key.pem" "$ISS" "$LEARNERS" "$QUESTIONS" "$SPREAD_MS" | tee "$OUT/live.txt"
rss=$(ps -o rss= -p "$app" | tr -d ' ')
echo "resident memory after: $((rss / 1024)) MB" | tee -a "$OUT/live.txt"
