#!/usr/bin/env bash
# Memory of one app instance under load with the heap the Kubernetes manifests give it (docs/deploy.md):
# the pod limit (768 MiB) x -XX:MaxRAMPercentage=50 = a 384 MiB heap. Starts the packaged app (H2 in memory)
# pinned to CPU 0, loads lesson pages, search and static files with wrk pinned to CPU 1, then prints the
# resident set, the heap in use and the JVM's native memory summary. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-19280}
HEAP=${HEAP:-384m}
DURATION=${DURATION:-20s}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
for tool in wrk curl taskset jcmd; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
taskset -c 0 java -Xmx"$HEAP" -XX:NativeMemoryTracking=summary -XX:+ExitOnOutOfMemoryError \
  -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:podmem;DB_CLOSE_DELAY=-1" \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$OUT/pod-memory-app.log" 2>&1 &
app=$!
start=$(date +%s%N)
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.1; done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
rss_idle=$(ps -o rss= -p "$app" | tr -d ' ')

load() { taskset -c 1 wrk -t1 -c16 -d"$DURATION" "$@" > /dev/null; }
load -H 'Accept-Language: zh-CN' "http://127.0.0.1:$PORT/courses/k8s-internals/05-controller/informer"
load -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/courses/k8s-internals"
load "http://127.0.0.1:$PORT/api/search?q=DeltaFIFO&limit=8"
load "http://127.0.0.1:$PORT/search?q=%E8%B0%83%E5%BA%A6%E5%99%A8"
load "http://127.0.0.1:$PORT/static/app.css"

rss=$(ps -o rss= -p "$app" | tr -d ' ')
jcmd "$app" GC.heap_info > "$OUT/pod-memory-heap.txt"
jcmd "$app" VM.native_memory summary > "$OUT/pod-memory-nmt.txt"
committed=$(awk '/^Total:/{for(i=1;i<=NF;i++) if($i ~ /^committed=/){sub("committed=","",$i); print $i}}' "$OUT/pod-memory-nmt.txt")
heap=$(awk '/Java Heap \(reserved/{for(i=1;i<=NF;i++) if($i ~ /^committed=/){sub("committed=","",$i); sub(/\)$/,"",$i); print $i}}' "$OUT/pod-memory-nmt.txt")
{
  echo "heap limit -Xmx$HEAP; ready after ${ready_ms} ms"
  echo "resident: $((rss_idle / 1024)) MB when ready, $((rss / 1024)) MB after load (wrk -c16, $DURATION per URL, 5 URLs)"
  echo "JVM committed (NMT): total $committed, heap $heap"
  grep -E 'garbage-first heap|region size|Metaspace|class space' "$OUT/pod-memory-heap.txt" | sed 's/^ */  /'
  grep -E '^-  *(Java Heap|Class|Thread|Code|GC|Other|Internal|Metaspace|Arena)' "$OUT/pod-memory-nmt.txt" | sed 's/^-  */  /'
} | tee "$OUT/pod-memory.md"
