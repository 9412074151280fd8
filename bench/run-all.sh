#!/usr/bin/env bash
# Every issue-14 benchmark in one run (see bench/README.md): reader pages against nginx serving the same bytes,
# the signed-in lesson page, /me for a learner with every lesson done, quiz submissions by 200 learners on H2
# and on PostgreSQL 15 (rows counted afterwards), resident memory after the run and start to the first page.
# The app (and PostgreSQL) run pinned to CPU 0, nginx to CPU 0 while it is measured, every load generator to
# CPU 1. Loopback only; every load step is bounded in time. Writes target/bench/run-all.* and the table in
# docs/benchmarks.md between the run-all markers.
#
#   bench/run-all.sh                 # ~6 min: DURATION=10s per wrk step, QUIZ_SECONDS=20
#   DURATION=3s bench/run-all.sh     # quick check (~3 min): shorter steps and warm-ups
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-3}
secs=${DURATION%s}
QUICK=$(( secs < 5 ? 1 : 0 ))
WARM=${WARM:-$([ $QUICK = 1 ] && echo 2s || echo 5s)}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-$([ $QUICK = 1 ] && echo 1 || echo 3)}
QUIZ_SECONDS=${QUIZ_SECONDS:-$([ $QUICK = 1 ] && echo 5 || echo 20)}
QUIZ_WARM=${QUIZ_WARM:-$([ $QUICK = 1 ] && echo 5 || echo 30)}
LEARNERS=${LEARNERS:-200}
CONNS=${CONNS:-16}
BASE_PORT=${BASE_PORT:-17000}
APP_PORT=$((BASE_PORT + 80)) NGINX_PORT=$((BASE_PORT + 81)) ISSUER_PORT=$((BASE_PORT + 82)) PG_PORT=$((BASE_PORT + 83))
OUT=${OUT:-target/bench}
DOC=${DOC:-docs/benchmarks.md}
LESSON=${LESSON:-/courses/k8s-internals/05-controller/informer}
# The JVM flags the product is started with (docs/performance.md, docker/Dockerfile, README)
JAVA_FLAGS=${JAVA_FLAGS:-$(cat bench/jvm-flags 2>/dev/null || true)}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
APP_H2=target/quarkus-app
APP_PG=target/bench-pg
mkdir -p "$OUT"

# ---- tools (Debian packages) and builds ----
need=()
for t in wrk nginx curl taskset openssl python3; do command -v $t >/dev/null || need+=("$t"); done
[ -x "$PG_BIN/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  pkgs=$(printf '%s\n' "${need[@]}" | sed 's/^taskset$/util-linux/;s/^python3$/python3/' | sort -u | tr '\n' ' ')
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
  else
    echo "missing: $pkgs (apt-get install $pkgs)" >&2; exit 2
  fi
fi
if [ ! -f "$APP_H2/quarkus-run.jar" ] || [ -n "${BUILD:-}" ]; then
  echo "[bench] building the app (H2)"; ./mvnw -q package -DskipTests
fi
if [ ! -f "$APP_PG/quarkus-run.jar" ] || [ -n "${BUILD:-}" ]; then
  # the database kind is fixed at build time: a second build for PostgreSQL, into its own folder
  echo "[bench] building the app (PostgreSQL)"
  ./mvnw -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=bench-pg
fi

work=$(mktemp -d /tmp/academy-bench.XXXXXX)
chmod 755 "$work"
app="" ngx="" issuer="" pg_up=""
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$ngx" ] && kill "$ngx" 2>/dev/null || true
  [ -n "$issuer" ] && kill "$issuer" 2>/dev/null || true
  [ -n "$pg_up" ] && "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
: > "$OUT/run-all.raw"
raw() { echo "$*" | tee -a "$OUT/run-all.raw"; }
raw "date=$(date -u +%FT%TZ) duration=$DURATION conns=$CONNS learners=$LEARNERS quiz_seconds=$QUIZ_SECONDS java_flags=\"$JAVA_FLAGS\""
raw "uptime_start=$(uptime | sed 's/.*load average: //')"

# ---- a key for this run, the stand-in issuer that publishes it, bearer tokens ----
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
MODULUS=$(openssl rsa -in "$work/key.pem" -noout -modulus 2>/dev/null | sed 's/^Modulus=//')
python3 bench/token_issuer.py "$ISSUER_PORT" "$MODULUS" &
issuer=$!
ISS="http://127.0.0.1:$ISSUER_PORT/realms/bench"
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
mint() { # subject
  local now header claims sig
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)
  claims=$(printf '{"sub":"%s","preferred_username":"%s","name":"Bench %s","iss":"%s","iat":%d,"exp":%d,"realm_access":{"roles":["learner"]}}' \
    "$1" "$1" "$1" "$ISS" "$now" $((now + 7200)) | b64url)
  sig=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/key.pem" | b64url)
  echo "$header.$claims.$sig"
}
READER_TOKEN=$(mint bench-reader)
ME_TOKEN=$(mint bench-me)

# ---- the app ----
H2_URL="jdbc:h2:file:$work/h2/academy;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
COMMON=(-Dquarkus.http.port="$APP_PORT" -Dquarkus.oidc.auth-server-url="$ISS" -Dquarkus.oidc.credentials.secret=bench-only
  -Dquarkus.log.level=WARN)
start_app() { # dir jdbc-url log -> sets app, first_ms
  local t0
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 taskset -c 0 java $JAVA_FLAGS "${COMMON[@]}" -Dquarkus.datasource.jdbc.url="$2" -jar "$1/quarkus-run.jar" >> "$3" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT$LESSON"; then
      first_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" && return 0; sleep 0.25; done
      echo "app never became ready; see $3" >&2; exit 1
    fi
    kill -0 "$app" 2>/dev/null || { echo "app exited; see $3" >&2; exit 1; }
    sleep 0.02
  done
  echo "no lesson page within 24 s; see $3" >&2; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=""; }
H2_JAR=$(ls "$APP_H2"/lib/main/com.h2database.h2-*.jar | head -1)
h2sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user academy -password academy -sql "$1" | sed -n 2p | awk '{print $1}'; }

echo "[bench] H2: three starts (start to the first lesson page), seeding a learner with every lesson done"
: > "$OUT/run-all-app.log"
starts=()
start_app "$APP_H2" "$H2_URL" "$OUT/run-all-app.log"; starts+=("$first_ms"); stop_app
python3 bench/seed_me.py courses > "$work/seed-me.sql" 2> "$work/lessons"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user academy -password academy -script "$work/seed-me.sql"
start_app "$APP_H2" "$H2_URL" "$OUT/run-all-app.log"; starts+=("$first_ms"); stop_app
start_app "$APP_H2" "$H2_URL" "$OUT/run-all-app.log"; starts+=("$first_ms")
start_median=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)
raw "start_to_first_page_ms=${starts[*]} median=$start_median"

# ---- the same bytes for nginx ----
A="http://127.0.0.1:$APP_PORT"
N="http://127.0.0.1:$NGINX_PORT"
root="$work/nginx/root"
mkdir -p "$root$(dirname "$LESSON")" "$root/static" "$root/signed-in$(dirname "$LESSON")"
curl -fs -H 'Accept-Language: zh-CN' "$A$LESSON" > /dev/null # the first anonymous view renders and keeps it
curl -fs -H 'Accept-Language: zh-CN' "$A$LESSON" > "$root$LESSON.html"
curl -fs -H 'Accept-Encoding: gzip' -H 'Accept-Language: zh-CN' "$A$LESSON" > "$root$LESSON.html.gz"
curl -fs -H "Authorization: Bearer $READER_TOKEN" -H 'Accept-Language: zh-CN' "$A$LESSON" > "$root/signed-in$LESSON.html"
grep -q 'bench-reader\|Bench bench-reader' "$root/signed-in$LESSON.html" || { echo "signed-in page does not show the reader" >&2; exit 1; }
if grep -q 'Bench bench-reader' "$root$LESSON.html"; then echo "anonymous page shows a signed-in name" >&2; exit 1; fi
CSS=$(grep -o '/static/app\.css?v=[0-9a-f]*' "$root$LESSON.html" | head -1)
[ -n "$CSS" ] || { echo "no fingerprinted app.css link in the lesson page" >&2; exit 1; }
curl -fs "$A$CSS" > "$root/static/app.css"
css_cc=$(curl -fsI "$A$CSS" | tr -d '\r' | awk -F': ' 'tolower($1)=="cache-control"{print $2}')
etag=$(curl -fsI -H 'Accept-Language: zh-CN' "$A$LESSON" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
hdrs=$(curl -fsI -H 'Accept-Language: zh-CN' "$A$LESSON" | tr -d '\r')
for h in content-security-policy x-frame-options x-content-type-options referrer-policy etag; do
  grep -qi "^$h:" <<<"$hdrs" || { echo "kept page lacks $h" >&2; exit 1; }
done
if grep -qi '^set-cookie:' <<<"$hdrs"; then echo "kept page sets a cookie" >&2; exit 1; fi
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" -H 'Accept-Language: zh-CN' "$A$LESSON")" = 304 ] \
  || { echo "If-None-Match did not answer 304" >&2; exit 1; }
raw "bytes_plain=$(wc -c < "$root$LESSON.html") bytes_gzip=$(wc -c < "$root$LESSON.html.gz") bytes_signed_in=$(wc -c < "$root/signed-in$LESSON.html") css=$CSS css_cache_control=\"$css_cc\""

mkdir -p "$work/nginx/tmp"
cat > "$work/nginx/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  types { text/html html; text/css css; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $root;
    gzip_static on;
    location /static/ { add_header Cache-Control "public, max-age=31536000, immutable"; }
    location / { try_files \$uri.html \$uri =404; add_header Cache-Control no-cache; }
  }
}
NGX
if [ "$(id -u)" = 0 ]; then
  chown -R nobody "$work/nginx"
  taskset -c 0 setpriv --reuid=nobody --regid=nogroup --clear-groups nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>/dev/null &
else
  taskset -c 0 nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>/dev/null &
fi
ngx=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "$N/static/app.css" && break; sleep 0.1; done
ngx_etag=$(curl -fsI "$N$LESSON" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cmp -s <(curl -fs "$N$LESSON") "$root$LESSON.html" || { echo "nginx does not serve the same bytes" >&2; exit 1; }

cat > "$work/result.lua" <<'LUA'
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
export BENCH_TOKEN=""
# wrk <conns> <duration> <url> [header...]: prints the RESULT fields
load() {
  local c=$1 d=$2 url=$3; shift 3
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  taskset -c 1 wrk -t1 -c"$c" -d"$d" --timeout 5s -s "$work/result.lua" "${args[@]}" "$url" | grep '^RESULT' | sed 's/^RESULT //'
}
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
declare -A R
# pair <name> <app-token> <app-url> <nginx-url> [header...]: warm both, then ROUNDS rounds of app then nginx, each
# DURATION; R[app_<name>] / R[ngx_<name>] hold the round with the median ratio (app and nginx measured next to
# each other in time, so a burst of load from elsewhere on the machine hits both of a round's numbers alike)
pair() {
  local name=$1 tok=$2 aurl=$3 nurl=$4; shift 4
  local hdrs=("$@") nh=()
  for h in "${hdrs[@]}"; do [[ $h == Accept-Language:* || $h == If-None-Match:* ]] || nh+=("$h"); done
  [ -n "${NGX_HEADER:-}" ] && nh+=("$NGX_HEADER")
  BENCH_TOKEN=$tok load "$CONNS" "$WARM" "$aurl" "${hdrs[@]}" > /dev/null
  load "$CONNS" "$WARM" "$nurl" "${nh[@]}" > /dev/null
  local rounds=() a n r
  for i in $(seq 1 "$ROUNDS"); do
    a=$(BENCH_TOKEN=$tok load "$CONNS" "$DURATION" "$aurl" "${hdrs[@]}")
    n=$(load "$CONNS" "$DURATION" "$nurl" "${nh[@]}")
    r=$(awk -v a="$(field rps "$a")" -v n="$(field rps "$n")" 'BEGIN{ printf "%.3f", (n > 0 ? a / n : 0) }')
    raw "${name} round $i: app $a | nginx $n | ratio $r"
    rounds+=("$r|$a|$n")
  done
  local mid; mid=$(printf '%s\n' "${rounds[@]}" | sort -t'|' -k1,1n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
  R[app_$name]=$(cut -d'|' -f2 <<<"$mid"); R[ngx_$name]=$(cut -d'|' -f3 <<<"$mid")
  R[ratios_$name]=$(printf '%s\n' "${rounds[@]}" | cut -d'|' -f1 | sort -n | paste -sd/)
}

ZH='Accept-Language: zh-CN'
# The issue's numbers are "after warm-up": a JVM pinned to one core compiles its hot paths for a minute or more
# (the first plain-page round ran at 0.17-0.27 of its later rate), so every app scenario is run in turn first.
echo "[bench] JIT warm-up: every app scenario in turn, $WARMUP_ROUNDS times $WARM each"
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
  load "$CONNS" "$WARM" "$A$LESSON" "$ZH" > /dev/null
  load "$CONNS" "$WARM" "$A$LESSON" 'Accept-Encoding: gzip' "$ZH" > /dev/null
  load "$CONNS" "$WARM" "$A$CSS" > /dev/null
  BENCH_TOKEN=$READER_TOKEN load "$CONNS" "$WARM" "$A$LESSON" "$ZH" > /dev/null
  BENCH_TOKEN=$ME_TOKEN load 1 "$WARM" "$A/me" "$ZH" > /dev/null
done
echo "[bench] reader pages: app and nginx with the same bytes, $ROUNDS alternating rounds"
pair plain "" "$A$LESSON" "$N$LESSON" "$ZH"
pair gzip "" "$A$LESSON" "$N$LESSON" 'Accept-Encoding: gzip' "$ZH"
pair identity "" "$A$LESSON" "$N$LESSON" 'Accept-Encoding: identity' "$ZH"
NGX_HEADER="If-None-Match: $ngx_etag" pair 304 "" "$A$LESSON" "$N$LESSON" "If-None-Match: $etag" "$ZH"
pair css "" "$A$CSS" "$N/static/app.css"
echo "[bench] signed-in lesson page (bearer token) and /me"
pair signed "$READER_TOKEN" "$A$LESSON" "$N/signed-in$LESSON" "$ZH"
me_page=$(curl -fs -H "Authorization: Bearer $ME_TOKEN" "$A/me")
lessons=$(cat "$work/lessons")
grep -q "$lessons" <<<"$me_page" || { echo "/me does not show $lessons lessons" >&2; exit 1; }
BENCH_TOKEN=$ME_TOKEN load 1 "$WARM" "$A/me" "$ZH" > /dev/null
R[me]=$(BENCH_TOKEN=$ME_TOKEN load 1 "$DURATION" "$A/me" "$ZH"); raw "me_1conn: ${R[me]}"
kill "$ngx"; wait "$ngx" 2>/dev/null || true; ngx=""

quizzes=$(ls quizzes/k8s-internals/05-controller/*.yaml | xargs -n1 basename | sed 's/\.yaml$//' | grep -v '^exam$' \
  | sed 's/^/05-controller./' | paste -sd,)
quiz_run() { # label base-url -> sets Q
  echo "[bench] quiz submissions ($1): warm-up ${QUIZ_WARM}s, then ${QUIZ_SECONDS}s with $LEARNERS learners"
  taskset -c 1 java bench/QuizLoad.java "$2" "$work/key.pem" "$ISS" bench-warm- "$LEARNERS" "$QUIZ_WARM" 100000 "$quizzes" > "$work/warm.txt" || true
  raw "quiz_${1}_warm: $(grep RESULT "$work/warm.txt" | sed 's/^RESULT //') $(grep FIRST_ERROR "$work/warm.txt" || true)"
  taskset -c 1 java bench/QuizLoad.java "$2" "$work/key.pem" "$ISS" bench-quiz- "$LEARNERS" "$QUIZ_SECONDS" 100000 "$quizzes" > "$work/quiz.txt" || true
  sed "s/^/quiz_${1}: /" "$work/quiz.txt" | tee -a "$OUT/run-all.raw"
  Q=$(grep '^RESULT' "$work/quiz.txt" | sed 's/^RESULT //')
  [ -n "$Q" ] || { echo "the quiz driver printed no result" >&2; cat "$work/quiz.txt" >&2; exit 1; }
}
COUNT_SQL="SELECT COUNT(*) FROM quiz_attempt WHERE subject LIKE 'bench-quiz-%'"
GRADED_SQL="SELECT COUNT(*) FROM quiz_attempt WHERE subject LIKE 'bench-quiz-%' AND state = 'FINISHED' AND score_percent IS NOT NULL"
DUP_SQL="SELECT COUNT(*) FROM (SELECT quiz_id, subject, attempt_no FROM quiz_attempt WHERE subject LIKE 'bench-quiz-%' GROUP BY quiz_id, subject, attempt_no HAVING COUNT(*) > 1) d"
ANSWERS_SQL="SELECT COUNT(*) FROM quiz_attempt_answer a JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.subject LIKE 'bench-quiz-%' AND t.state = 'FINISHED' AND a.points IS NULL"

quiz_run h2 "$A"
QH2=$Q
rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$app/status")
hwm_kb=$(awk '/VmHWM/{print $2}' "/proc/$app/status")
raw "rss_after_mb=$((rss_kb / 1024)) peak_rss_mb=$((hwm_kb / 1024))"
stop_app
h2_rows=$(h2sql "$COUNT_SQL") h2_graded=$(h2sql "$GRADED_SQL") h2_dup=$(h2sql "$DUP_SQL") h2_ungraded=$(h2sql "$ANSWERS_SQL")
raw "quiz_h2_db: attempt_rows=$h2_rows graded_rows=$h2_graded duplicate_keys=$h2_dup graded_answers_without_points=$h2_ungraded"
# rows that disagree with the acknowledgements are a defect to investigate, not noise: keep that database
if [ "$h2_rows" != "$(field started "$QH2")" ] || [ "$h2_graded" != "$(field graded "$QH2")" ]; then
  rm -rf "$OUT/h2-mismatch"; cp -r "$work/h2" "$OUT/h2-mismatch"
  raw "quiz_h2_mismatch: the database is kept in $OUT/h2-mismatch (rows vs acknowledged $(field started "$QH2") started, $(field graded "$QH2") graded)"
fi

echo "[bench] PostgreSQL 15: a throwaway cluster in $work/pg, pinned to CPU 0 with the app"
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/pg/data" -U academy --auth=trust -E UTF8 --no-locale > "$work/pg/initdb.log"
taskset -c 0 "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $work/pg -h 127.0.0.1 -c max_connections=100" start > /dev/null
pg_up=1
"${as_pg[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U academy academy
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U academy -d academy -At -c "$1"; }
start_app "$APP_PG" "jdbc:postgresql://127.0.0.1:$PG_PORT/academy" "$OUT/run-all-app-pg.log"
raw "pg_start_to_first_page_ms=$first_ms"
quiz_run pg "$A"
QPG=$Q
pg_rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$app/status")
raw "pg_app_rss_after_mb=$((pg_rss_kb / 1024))"
stop_app
pg_rows=$(psql "$COUNT_SQL") pg_graded=$(psql "$GRADED_SQL") pg_dup=$(psql "$DUP_SQL") pg_ungraded=$(psql "$ANSWERS_SQL")
raw "quiz_pg_db: attempt_rows=$pg_rows graded_rows=$pg_graded duplicate_keys=$pg_dup graded_answers_without_points=$pg_ungraded"
raw "uptime_end=$(uptime | sed 's/.*load average: //')"

# ---- the table ----
ratio() { awk -v a="$(field rps "${R[$1]}")" -v n="$(field rps "${R[$2]}")" 'BEGIN{ printf "%.2f", (n > 0 ? a / n : 0) }'; }
ratios() { sed 's/\([0-9]*\.[0-9][0-9]\)[0-9]*/\1/g' <<<"${R[ratios_$1]}"; }
# a target counts as met only on a quiet machine: with a 1-minute load average above BUSY_LOAD at the start or the
# end, other processes shared CPU 0 (unpinned) and the ratios are biased, so "yes" becomes "yes, but busy: re-run"
load_start=$(grep uptime_start "$OUT/run-all.raw" | cut -d= -f2 | cut -d, -f1)
load_end=$(grep uptime_end "$OUT/run-all.raw" | cut -d= -f2 | cut -d, -f1)
busy=$(awk -v a="$load_start" -v b="$load_end" -v t="${BUSY_LOAD:-1.5}" 'BEGIN{ print (a > t || b > t) ? 1 : 0 }')
met() { awk -v v="$1" -v t="$2" -v op="$3" -v busy="$busy" 'BEGIN{ ok = (op == ">=" ? v >= t : v <= t); print (ok ? (busy ? "yes, but the machine was busy: re-run" : "**yes**") : "no") }'; }
row_ratio() { # label app-key ngx-key target
  local r; r=$(ratio "$2" "$3")
  echo "| $1 | $(field rps "${R[$2]}") req/s | $(field rps "${R[$3]}") req/s | **$r** (rounds: $(ratios "${2#app_}")) | ≥ $4 | $(met "$r" "$4" ">=") |"
}
quiz_row() { # label result rows graded dup target
  local rate started graded lost extra errs
  rate=$(field graded_per_s "$2"); started=$(field started "$2"); graded=$(field graded "$2"); errs=$(field errors "$2")
  lost=$(( graded > $4 ? graded - $4 : 0 )); extra=$(( $4 > graded ? $4 - graded : 0 ))
  local ok; ok=$(met "$rate" "$6" ">=")
  { [ "$lost" -ne 0 ] || [ "$extra" -ne 0 ] || [ "$5" -ne 0 ] || [ "$3" -ne "$started" ]; } && ok=no
  echo "| $1 | $rate graded/s (p50 $(field p50_ms "$2") ms, p99 $(field p99_ms "$2") ms); acknowledged: $started started, $graded graded, $errs errors | rows: $3 attempts, $4 graded; lost $lost, extra $extra, duplicate keys $5 | $rate | ≥ $6/s, 0 lost, 0 duplicated | $ok |"
}
me_p99=$(field p99_ms "${R[me]}")
rss_mb=$((rss_kb / 1024))
start_s=$(awk -v m="$start_median" 'BEGIN{printf "%.1f", m / 1000}')
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), \`bench/run-all.sh\` (wrk: $CONNS connections, $ROUNDS alternating rounds of $DURATION for app and nginx, the round with the median ratio shown; quiz ${QUIZ_SECONDS}s × $LEARNERS learners)."
  echo "Load average at start / end: $(grep uptime_start "$OUT/run-all.raw" | cut -d= -f2) / $(grep uptime_end "$OUT/run-all.raw" | cut -d= -f2)."
  echo "JVM flags: \`${JAVA_FLAGS:-(none)}\`. App, PostgreSQL and nginx pinned to CPU 0, wrk and the quiz driver to CPU 1."
  echo
  echo "| scenario | app | baseline (nginx, same bytes) | ratio / value | target | met? |"
  echo "|---|---|---|---|---|---|"
  row_ratio "anonymous lesson page, $(grep -o 'bytes_plain=[0-9]*' "$OUT/run-all.raw" | cut -d= -f2) bytes, no \`Accept-Encoding\`" app_plain ngx_plain 0.5
  row_ratio "anonymous lesson page, gzip ($(grep -o 'bytes_gzip=[0-9]*' "$OUT/run-all.raw" | cut -d= -f2) bytes)" app_gzip ngx_gzip 0.5
  row_ratio "anonymous lesson page, \`Accept-Encoding: identity\`" app_identity ngx_identity 0.5
  row_ratio "anonymous lesson page, \`If-None-Match\` → 304" app_304 ngx_304 0.5
  row_ratio "fingerprinted \`$CSS\` (\`Cache-Control: $css_cc\`)" app_css ngx_css 0.5
  row_ratio "signed-in lesson page (bearer token)" app_signed ngx_signed 0.2
  echo "| \`/me\`, $lessons lessons done, 1 connection | p50 $(field p50_ms "${R[me]}") ms, $(field rps "${R[me]}") req/s | — | p99 $me_p99 ms | p99 ≤ 15 ms | $(met "$me_p99" 15 "<=") |"
  quiz_row "quiz submissions, H2" "$QH2" "$h2_rows" "$h2_graded" "$h2_dup" 2500
  quiz_row "quiz submissions, PostgreSQL 15" "$QPG" "$pg_rows" "$pg_graded" "$pg_dup" 1200
  echo "| resident memory after the H2 run (VmRSS; peak $((hwm_kb / 1024)) MB) | $rss_mb MB | — | $rss_mb MB | ≤ 250 MB | $(met "$rss_mb" 250 "<=") |"
  echo "| start to the first lesson page (JVM, median of ${starts[*]} ms) | $start_s s | — | $start_s s | ≤ 3 s | $(met "$start_s" 3 "<=") |"
} > "$OUT/run-all.md"
cat "$OUT/run-all.md"

# into docs/benchmarks.md between the markers (the older sections stay)
begin='<!-- run-all:begin -->' end='<!-- run-all:end -->'
if ! grep -q "$begin" "$DOC"; then
  printf '\n## All issue-14 targets in one run (`bench/run-all.sh`)\n\n%s\n%s\n' "$begin" "$end" >> "$DOC"
fi
python3 - "$DOC" "$OUT/run-all.md" "$begin" "$end" <<'PY'
import sys
doc, table, begin, end = sys.argv[1:]
text = open(doc, encoding='utf-8').read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(doc, 'w', encoding='utf-8').write(head + begin + '\n' + open(table, encoding='utf-8').read() + end + tail)
PY
echo "[bench] table written to $DOC and $OUT/run-all.md; raw results in $OUT/run-all.raw"
