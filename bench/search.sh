#!/usr/bin/env bash
# Benchmark: full-text search over the whole shipped course (issue 17). Target: p95 <= 20 ms.
# See bench/README.md and docs/benchmarks.md.
#
# The app runs from the packaged jar (throwaway H2 file database), pinned to CPU 0; wrk is pinned to CPU 1 and
# rotates through real queries (Chinese words, identifiers, paths, a filter, a query with no match) with a
# Lua request hook, so no single query is served from warm caches alone. Reports p50/p95/p99 from wrk's own
# histogram, the index size and the heap after a full GC. Loopback only; every load step is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
PORT=${PORT:-18092}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

DB="jdbc:h2:file:$work/db/academy;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
started=$(date +%s%N)
taskset -c 0 java -Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="$DB" \
  -Dquarkus.oidc.credentials.secret=bench-only -Dquarkus.log.level=INFO \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/search-app.log" 2>&1 &
app=$!
ready=""
for _ in $(seq 1 240); do
  # readiness includes "search index built"
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" > "$work/ready.json" 2>/dev/null; then ready=yes; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { echo "app did not become ready; see $OUT/search-app.log" >&2; exit 1; }
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
index_line=$(grep -o 'Search index: .*' "$OUT/search-app.log" | head -1)

# the queries the tests check, plus identifiers, a filter and a query that finds nothing
python3 - "$work/queries.lua" <<'PY'
import sys, urllib.parse
queries = ["q=工作队列", "q=调度队列", "q=DeltaFIFO", "q=informer 重新同步", "q=准入控制 顺序", "q=kubelet 驱逐",
           "q=syncLoop", "q=pkg/scheduler/backend/queue", "q=etcd 压缩", "q=Pod 删除 优雅终止",
           "q=驱逐&module=07-kubelet", "q=队列&path=developer", "q=量子纠缠态", "q=WorkQueue"]
with open(sys.argv[1], "w") as f:
    f.write("local paths = {\n")
    for q in queries:
        parts = [p.split("=", 1) for p in q.split("&")]
        f.write('  "/api/search?limit=8&' + "&".join(k + "=" + urllib.parse.quote(v) for k, v in parts) + '",\n')
    f.write("}\n")
PY
cat >> "$work/queries.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
cat > "$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
cat "$work/queries.lua" "$work/p95.lua" > "$work/search.lua"
# the page, rotating the same queries
sed 's#/api/search?limit=8&#/search?#' "$work/queries.lua" | cat - "$work/p95.lua" > "$work/page.lua"

first=$(curl -fs "http://127.0.0.1:$PORT/api/search?q=DeltaFIFO" | python3 -c 'import json,sys; r=json.load(sys.stdin)["results"][0]; print(r["module"] + "/" + r["lesson"])')
echo "[bench] ready after $ready_ms ms; $index_line; DeltaFIFO -> $first"
[ "$first" = "05-controller/informer" ] || { echo "unexpected first result" >&2; exit 1; }

echo "[bench] warm-up"
taskset -c 1 wrk -t1 -c1 -d15s -s "$work/search.lua" "http://127.0.0.1:$PORT" > /dev/null
result() { taskset -c 1 wrk -t1 -c"$1" -d"$DURATION" -s "$2" "http://127.0.0.1:$PORT${3:-}" | grep '^RESULT' | sed 's/^RESULT //'; }
api1=$(result 1 "$work/search.lua")
api4=$(result 4 "$work/search.lua")
page1=$(result 1 "$work/page.lua")
live=$(result 1 "$work/p95.lua" /q/health/live)
jcmd "$app" GC.run > /dev/null 2>&1 || true
heap=$(jcmd "$app" GC.heap_info 2>/dev/null | sed -n '2,3p' | tr -s ' \n' ' ' || true)
rss=$(ps -o rss= -p "$app" | tr -d ' ')
{
  echo "ready after: $ready_ms ms ($index_line)"
  echo "/api/search, 14 rotating queries, 1 connection: $api1"
  echo "/api/search, 4 connections: $api4"
  echo "/search page, 1 connection: $page1"
  echo "baseline /q/health/live, 1 connection: $live"
  echo "heap after full GC: $heap; resident memory: $((rss / 1024)) MB"
} | tee "$OUT/search.txt"
