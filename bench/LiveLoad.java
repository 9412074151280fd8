// Load driver for the live classroom (issue 15): one host and N learners (default 300) in one session, through
// the JSON API and the host's server-sent event stream, with bearer tokens signed by a key made for this run.
// Run by bench/live.sh; single-file Java 17, no dependencies:
//   java bench/LiveLoad.java <base-url> <private-key.pem> <issuer> [learners] [questions] [spread-ms]
// For each question: the host opens it, every learner answers once (a random option, at a random moment within
// spread-ms; 0 = all at once), and the host's stream is watched for the counts. Reports the time from sending an
// answer to the first histogram update on the host's stream that includes it (an answer counts as included in
// the first update whose "answered" reaches its rank in order of acknowledgement), and checks that every answer
// was counted: the last update, the results API and the driver's own tally agree, option by option.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LiveLoad {

    record Update(long at, int index, int answered, Map<String, Integer> histogram) {
    }

    // HTTP/1.1: one connection per device, as browsers on phones have (not one shared HTTP/2 connection)
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16)).build();
    static final java.util.concurrent.ExecutorService JOINERS = Executors.newFixedThreadPool(20);
    static PrivateKey key;
    static String issuer;
    static String base;

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        key = readKey(Path.of(args[1]));
        issuer = args[2];
        int learners = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int questions = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int spread = args.length > 5 ? Integer.parseInt(args[5]) : 3000;
        String quiz = System.getenv().getOrDefault("QUIZ", "05-controller.informer");
        String group = "/onboarding/live-bench-" + System.currentTimeMillis();
        String host = token("bench-host", List.of(group + "/leads"), List.of("learner", "instructor"));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            tokens.add(token("bench-learner-" + i, List.of(group), List.of("learner")));
        }

        // the host's first request reconciles the group into a class; its id is on the setup page
        String setup = send(get("/live/new", host)).body();
        Matcher cm = Pattern.compile("<option value=\"(\\d+)\" selected>").matcher(setup);
        if (!cm.find()) {
            throw new IllegalStateException("no class on the setup page");
        }
        long cohort = Long.parseLong(cm.group(1));
        HttpResponse<String> created = send(post("/api/live/sessions", host,
                "{\"cohort\":" + cohort + ",\"quiz\":\"" + quiz + "\",\"board\":\"ACCURACY\"}"));
        check(created, 201);
        long session = number(created.body(), "id");
        String code = string(created.body(), "code");
        int planned = (int) number(created.body(), "questions");
        questions = Math.min(questions, planned);
        System.out.printf("session %d, code %s, quiz %s (%d live questions), %d learners%n", session, code, quiz, planned, learners);

        // a class joins over a few seconds, not in one instant: at most 20 joins in flight, a 503 is tried again
        long t0 = System.nanoTime();
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(20);
        List<CompletableFuture<Void>> joins = new ArrayList<>();
        for (String t : tokens) {
            inFlight.acquire();
            joins.add(CompletableFuture.runAsync(() -> {
                try {
                    for (int attempt = 1;; attempt++) {
                        HttpResponse<String> r = send(post("/api/live/join", t, "{\"code\":\"" + code + "\"}"));
                        if (r.statusCode() == 503 && attempt < 10) {
                            Thread.sleep(500);
                            continue;
                        }
                        check(r, 200);
                        return;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.release();
                }
            }, JOINERS));
        }
        CompletableFuture.allOf(joins.toArray(new CompletableFuture[0])).get(300, TimeUnit.SECONDS);
        System.out.printf("%d joined in %d ms%n", learners, (System.nanoTime() - t0) / 1_000_000);

        List<Update> updates = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> stream = HTTP.send(get("/live/" + session + "/events", host), HttpResponse.BodyHandlers.ofInputStream());
        check(stream, 200);
        Thread reader = new Thread(() -> readEvents(stream, updates));
        reader.setDaemon(true);
        reader.start();

        Random random = new Random(42);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        List<Long> latencies = new ArrayList<>();
        List<Long> ackLatencies = new ArrayList<>();
        boolean allCounted = true;
        long answersTotal = 0;
        long burstNanos = 0;
        for (int q = 0; q < questions; q++) {
            int version = (int) number(send(get("/api/live/" + session, host)).body(), "version");
            check(send(post("/api/live/" + session + "/next", host, "{\"version\":" + version + "}")), 200);
            String state = send(get("/api/live/" + session, tokens.get(0))).body();
            List<String> codes = new ArrayList<>();
            Matcher om = Pattern.compile("\"code\":\"([a-z0-9]+)\"").matcher(state);
            while (om.find()) {
                codes.add(om.group(1));
            }
            boolean multiple = state.contains("\"multiple\":true");
            final int index = q;
            Map<String, Integer> tally = new TreeMap<>();
            codes.forEach(c -> tally.put(c, 0));
            long[] sentAt = new long[learners];
            long[] ackAt = new long[learners];
            AtomicInteger failures = new AtomicInteger();
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < learners; i++) {
                final int learner = i;
                List<String> pick = new ArrayList<>();
                pick.add(codes.get(random.nextInt(codes.size())));
                if (multiple && random.nextBoolean()) {
                    String extra = codes.get(random.nextInt(codes.size()));
                    if (!pick.contains(extra)) {
                        pick.add(extra);
                    }
                }
                synchronized (tally) {
                    pick.forEach(c -> tally.merge(c, 1, Integer::sum));
                }
                String body = "{\"index\":" + index + ",\"answer\":[\"" + String.join("\",\"", pick) + "\"]}";
                CompletableFuture<Void> done = new CompletableFuture<>();
                timer.schedule(() -> {
                    sentAt[learner] = System.nanoTime();
                    HTTP.sendAsync(post("/api/live/" + session + "/answers", tokens.get(learner), body), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((r, e) -> {
                                ackAt[learner] = System.nanoTime();
                                if (e != null || r.statusCode() != 201) {
                                    failures.incrementAndGet();
                                    System.err.println("answer failed: " + (e != null ? e : r.statusCode() + " " + r.body()));
                                }
                                done.complete(null);
                            });
                }, spread == 0 ? 0 : random.nextInt(spread), TimeUnit.MILLISECONDS);
                answers.add(done);
            }
            CompletableFuture.allOf(answers.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
            burstNanos += System.nanoTime() - start;
            answersTotal += learners - failures.get();
            // wait for the update that counts everyone
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < until && updates.stream().noneMatch(u -> u.index() == index && u.answered() >= learners)) {
                Thread.sleep(20);
            }
            List<Update> mine = updates.stream().filter(u -> u.index() == index).toList();
            Update last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
            Integer[] order = new Integer[learners];
            for (int i = 0; i < learners; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(ackAt[a], ackAt[b]));
            List<Long> here = new ArrayList<>();
            for (int rank = 1; rank <= learners; rank++) {
                int learner = order[rank - 1];
                final int r = rank;
                Update first = mine.stream().filter(u -> u.answered() >= r && u.at() >= sentAt[learner]).findFirst().orElse(null);
                if (first != null) {
                    here.add(first.at() - sentAt[learner]);
                }
            }
            latencies.addAll(here);
            List<Long> acks = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                acks.add(ackAt[i] - sentAt[i]);
            }
            ackLatencies.addAll(acks);
            boolean counted = last != null && last.answered() == learners && last.histogram().equals(tally) && failures.get() == 0;
            allCounted &= counted;
            System.out.printf("question %d: %d answers (%d failed), %d host updates, last update %s, driver tally %s -> %s; median %.1f ms%n",
                    q + 1, learners, failures.get(), mine.size(), last == null ? "none" : last.answered() + " " + last.histogram(), tally,
                    counted ? "all counted" : "MISMATCH", median(here) / 1e6);
            System.out.printf("  answer acknowledged: median %.1f ms, p95 %.1f ms%n", median(acks) / 1e6, percentile(acks, 95) / 1e6);
            int v2 = (int) number(send(get("/api/live/" + session, host)).body(), "version");
            check(send(post("/api/live/" + session + "/reveal", host, "{\"version\":" + v2 + "}")), 200);
        }
        String results = send(get("/api/live/" + session + "/results", host)).body();
        Matcher am = Pattern.compile("\"number\":(\\d+),\"answered\":(\\d+)").matcher(results);
        int stored = 0;
        while (am.find()) {
            stored += Integer.parseInt(am.group(2));
        }
        int v3 = (int) number(send(get("/api/live/" + session, host)).body(), "version");
        check(send(post("/api/live/" + session + "/end", host, "{\"version\":" + v3 + "}")), 200);
        stream.body().close();
        timer.shutdownNow();
        Collections.sort(latencies);
        System.out.printf("RESULT learners=%d questions=%d answers=%d stored=%d counted=%s median_ms=%.1f p95_ms=%.1f max_ms=%.1f ack_median_ms=%.1f ack_p95_ms=%.1f answers_per_s=%.0f%n",
                learners, questions, answersTotal, stored, allCounted && stored == answersTotal, median(latencies) / 1e6,
                percentile(latencies, 95) / 1e6, latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6,
                median(ackLatencies) / 1e6, percentile(ackLatencies, 95) / 1e6,
                answersTotal / (burstNanos / 1e9));
        System.exit(allCounted && stored == answersTotal ? 0 : 1);
    }

    static void readEvents(HttpResponse<java.io.InputStream> stream, List<Update> updates) {
        Pattern counts = Pattern.compile("\"index\":(-?\\d+),\"joined\":(\\d+),\"answered\":(\\d+)(?:,\"histogram\":\\{([^}]*)\\})?");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "counts".equals(event)) {
                    long at = System.nanoTime();
                    Matcher m = counts.matcher(line);
                    if (m.find()) {
                        Map<String, Integer> h = new TreeMap<>();
                        if (m.group(4) != null && !m.group(4).isEmpty()) {
                            for (String kv : m.group(4).split(",")) {
                                String[] p = kv.split(":");
                                h.put(p[0].replace("\"", ""), Integer.parseInt(p[1]));
                            }
                        }
                        updates.add(new Update(at, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), h));
                    }
                }
            }
        } catch (Exception e) {
            // the stream is closed at the end
        }
    }

    static double median(List<Long> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
    }

    static HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static void check(HttpResponse<?> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String string(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return m.group(1);
    }

    static PrivateKey readKey(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    static String token(String subject, List<String> groups, List<String> roles) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"sub\":\"" + subject + "\",\"preferred_username\":\"" + subject + "\",\"name\":\"" + subject + "\",\"iss\":\"" + issuer
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"groups\":[\"" + String.join("\",\"", groups)
                + "\"],\"realm_access\":{\"roles\":[\"" + String.join("\",\"", roles) + "\"]}}";
        String body = header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(body.getBytes(StandardCharsets.US_ASCII));
        return body + "." + b64.encodeToString(s.sign());
    }
}
