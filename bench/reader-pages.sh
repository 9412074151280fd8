#!/usr/bin/env bash
# Benchmark: reader pages against nginx serving the very same bytes (issue 14). The app and nginx each run
# pinned to CPU 0 (one after the other), wrk pinned to CPU 1; loopback only, each step bounded in time.
# Prints a table of requests/s and the ratio app/nginx per scenario; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNS=${CONNS:-16}
PORT=${PORT:-18290}
NGINX_PORT=$((PORT + 1))
OUT=${OUT:-target/bench}
LESSON=${LESSON:-/courses/k8s-internals/05-controller/informer}
mkdir -p "$OUT"
for tool in wrk nginx curl taskset; do command -v $tool >/dev/null || { echo "$tool is missing (apt-get install wrk nginx)" >&2; exit 2; }; done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as another user
app=""
ngx=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null || true; [ -n "$ngx" ] && kill "$ngx" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s%N)
taskset -c 0 java -Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$OUT/reader-app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$PORT$LESSON" && break; sleep 0.05; done
first_page_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# the same bytes for nginx: the page as an anonymous reader gets it, plain and gzip, and the stylesheet
mkdir -p "$work/root$(dirname "$LESSON")" "$work/root/static"
curl -fs -H 'Accept-Encoding: identity' -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON" > "$work/root$LESSON.html"
curl -fs -H 'Accept-Encoding: gzip' -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON" > "$work/root$LESSON.html.gz"
curl -fs -H 'Accept-Encoding: identity' "http://127.0.0.1:$PORT/static/app.css" > "$work/root/static/app.css"
etag=$(curl -fsI -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cat > "$work/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; text/css css; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/root;
    gzip_static on;
    location / { try_files \$uri.html \$uri =404; add_header Cache-Control no-cache; }
  }
}
NGX
command -v nginx >/dev/null
taskset -c 0 nginx -c "$work/nginx.conf" -p "$work" &
ngx=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/static/app.css" && break; sleep 0.1; done
ngx_etag=$(curl -fsI "http://127.0.0.1:$NGINX_PORT$LESSON" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

rps() { # url [header...]
  local url=$1; shift
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  taskset -c 1 wrk -t1 -c"$CONNS" -d"$DURATION" "${args[@]}" "$url" | awk '/Requests\/sec/{print int($2)}'
}
warm() { taskset -c 1 wrk -t1 -c"$CONNS" -d5s "$@" > /dev/null; }

# warm every variant the app is measured on (the JIT compiles each path separately)
warm -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON"
warm -H 'Accept-Encoding: gzip' -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON"
warm -H "If-None-Match: $etag" -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT$LESSON"
warm "http://127.0.0.1:$PORT/static/app.css"
warm "http://127.0.0.1:$NGINX_PORT$LESSON"

declare -A A N
# no Accept-Encoding at all (as wrk sends by default); see docs/benchmarks.md on "Accept-Encoding: identity"
A[plain]=$(rps "http://127.0.0.1:$PORT$LESSON" 'Accept-Language: zh-CN')
N[plain]=$(rps "http://127.0.0.1:$NGINX_PORT$LESSON")
A[gzip]=$(rps "http://127.0.0.1:$PORT$LESSON" 'Accept-Encoding: gzip' 'Accept-Language: zh-CN')
N[gzip]=$(rps "http://127.0.0.1:$NGINX_PORT$LESSON" 'Accept-Encoding: gzip')
A[304]=$(rps "http://127.0.0.1:$PORT$LESSON" "If-None-Match: $etag" 'Accept-Language: zh-CN')
N[304]=$(rps "http://127.0.0.1:$NGINX_PORT$LESSON" "If-None-Match: $ngx_etag")
A[css]=$(rps "http://127.0.0.1:$PORT/static/app.css")
N[css]=$(rps "http://127.0.0.1:$NGINX_PORT/static/app.css")
rss=$(ps -o rss= -p "$app" | tr -d ' ')
bytes=$(wc -c < "$work/root$LESSON.html")
gz=$(wc -c < "$work/root$LESSON.html.gz")

{
  echo "| scenario | app req/s | nginx req/s | ratio |"
  echo "|---|---|---|---|"
  for k in plain gzip 304 css; do
    case $k in
      plain) label="anonymous lesson page, $bytes bytes, no compression";;
      gzip) label="anonymous lesson page, gzip ($gz bytes)";;
      304) label="revalidation, If-None-Match → 304";;
      css) label="/static/app.css";;
    esac
    ratio=$(awk -v a="${A[$k]}" -v n="${N[$k]}" 'BEGIN{ printf "%.2f", (n > 0 ? a / n : 0) }')
    echo "| $label | ${A[$k]} | ${N[$k]} | $ratio |"
  done
  echo
  echo "wrk -t1 -c$CONNS -d$DURATION pinned to CPU 1; app and nginx (1 worker) each pinned to CPU 0; start to first lesson page: ${first_page_ms} ms; app resident memory after: $((rss / 1024)) MB"
} | tee "$OUT/reader-pages.md"
