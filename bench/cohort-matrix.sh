#!/usr/bin/env bash
# Benchmark: the lead's cohort page (roster x items matrix) for a seeded cohort of 500 learners on the
# 44-lesson beginner path. Target (issue 13): p95 <= 100 ms. See bench/README.md and docs/benchmarks.md.
#
# The app runs from the packaged jar on a throwaway H2 file database, pinned to CPU 0; wrk is pinned to
# CPU 1. The lead signs in with a bearer token signed by a key made for this run; a stand-in OpenID
# provider on loopback (bench/token_issuer.py) publishes that key, and the app is pointed at it instead of
# Keycloak, so it verifies the token exactly as a Keycloak token and no other run accepts it.
# Loopback only; every load step is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS=${LEARNERS:-500}
DURATION=${DURATION:-20s}
PORT=${PORT:-18090}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
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
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)
claims=$(printf '{"sub":"bench-lead","preferred_username":"bench-lead","name":"Bench Lead","iss":"'"$ISS"'","iat":%d,"exp":%d,"realm_access":{"roles":["learner","instructor"]}}' "$now" $((now + 3600)) | b64url)
sig=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/key.pem" | b64url)
TOKEN="$header.$claims.$sig"

DB="jdbc:h2:file:$work/db/academy;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
JAVA_OPTS=(-Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="$DB"
  -Dquarkus.oidc.auth-server-url="$ISS" -Dquarkus.oidc.credentials.secret=bench-only
  -Dquarkus.log.level=WARN)

start_app() {
  taskset -c 0 java "${JAVA_OPTS[@]}" -jar target/quarkus-app/quarkus-run.jar > "$OUT/cohort-app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "app did not become ready; see $OUT/cohort-app.log" >&2; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=""; }

echo "[bench] migrating a fresh database"
start_app; stop_app
echo "[bench] seeding $LEARNERS learners"
python3 bench/seed_cohort.py "$LEARNERS" courses > "$work/seed.sql"
H2=$(ls ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar)
java -cp "$H2" org.h2.tools.RunScript -url "$DB" -user academy -password academy -script "$work/seed.sql"
start_app

URL="http://127.0.0.1:$PORT/cohorts/9001"
LAST="$URL?sort=status&page=10"
page=$(curl -fs -H "Authorization: Bearer $TOKEN" "$URL")
total=$(grep -o 'data-total="[0-9]*"' <<<"$page" | grep -o '[0-9]*')
rows=$(grep -o 'data-member="' <<<"$page" | wc -l)
cells=$(grep -o 'class="cell cell-' <<<"$page" | wc -l)
echo "[bench] cohort page: $total learners in the summary, $rows learner rows on page 1, $cells cells"
[ "$total" -eq "$LEARNERS" ] || { echo "expected $LEARNERS learners" >&2; exit 1; }
[ "$rows" -eq $(( LEARNERS < 50 ? LEARNERS : 50 )) ] || { echo "expected a page of 50 rows" >&2; exit 1; }

cat > "$work/p95.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
export TOKEN
echo "[bench] warm-up"
taskset -c 1 wrk -t1 -c1 -d15s -s "$work/p95.lua" "$URL" > /dev/null
result() { taskset -c 1 wrk -t1 -c"$1" -d"$DURATION" -s "$work/p95.lua" "$2" | grep '^RESULT' | sed 's/^RESULT //'; }
page1=$(result 1 "$URL")
page4=$(result 4 "$URL")
pagelast=$(result 1 "$LAST")
csv=$(result 1 "http://127.0.0.1:$PORT/cohorts/9001/progress.csv")
json=$(result 1 "http://127.0.0.1:$PORT/api/cohorts/9001/progress")
live=$(result 1 "http://127.0.0.1:$PORT/q/health/live")
bytes=$(curl -fs -H "Authorization: Bearer $TOKEN" "$URL" | wc -c)
rss=$(ps -o rss= -p "$app" | tr -d ' ')
{
  echo "cohort page ($LEARNERS x 44, page 1 of 50 rows, $bytes bytes), 1 connection: $page1"
  echo "cohort page, 4 connections: $page4"
  echo "cohort page sorted by status, page 10, 1 connection: $pagelast"
  echo "progress.csv, 1 connection: $csv"
  echo "JSON progress, 1 connection: $json"
  echo "baseline /q/health/live, 1 connection: $live"
  echo "resident memory after: $((rss / 1024)) MB"
} | tee "$OUT/cohort-matrix.txt"
