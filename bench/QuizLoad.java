import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Quiz submissions through the JSON quiz API (issue 14), for benchmarks only: LEARNERS learners, each with a
 * bearer token of its own signed by the run's key (bench/token_issuer.py publishes it), each on its own thread
 * and connection: start an attempt ({@code POST /api/quizzes/{id}/attempts {}}), answer every question in the
 * shape its type asks for, submit, repeat with the next quiz. Bounded by a count per learner and by time: no new
 * attempt starts after the deadline, an attempt started before it is still submitted.
 * <p>
 * Prints one line {@code RESULT key=value ...}: acknowledged starts (201) and gradings (200, state FINISHED,
 * alreadyGraded false), errors, graded/s over the measured wall time, submission latency p50/p99 (a histogram up to
 * 10 s: 10000.0 means 10 s or more). The caller
 * counts the rows in the database afterwards and compares.
 * <p>
 * Usage: {@code java bench/QuizLoad.java <base-url> <key.pem> <issuer> <subject-prefix> <learners> <seconds>
 * <max-per-learner> <quiz-id,quiz-id,...>}
 */
public class QuizLoad {

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: QuizLoad <base-url> <key.pem> <issuer> <subject-prefix> <learners> <seconds> <max-per-learner> <quiz-ids>");
            System.exit(2);
        }
        String base = args[0];
        PrivateKey key = readKey(Path.of(args[1]));
        String issuer = args[2];
        String prefix = args[3];
        int learners = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        int maxPerLearner = Integer.parseInt(args[6]);
        List<String> quizzes = Arrays.asList(args[7].split(","));

        AtomicLong started = new AtomicLong();
        AtomicLong graded = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        String[] errorSample = new String[1];
        int buckets = 100_000; // latency histogram in 0.1 ms steps up to 10 s
        AtomicLongArray histogram = new AtomicLongArray(buckets + 1);

        CountDownLatch ready = new CountDownLatch(learners);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(learners);
        long[] deadline = new long[1];
        for (int i = 0; i < learners; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                // one keep-alive connection per learner, as 200 browsers would have; a plain socket, since
                // java.net.http's client (a selector thread per client) used the driver's whole core at ~50 flows/s
                Http http = new Http(URI.create(base));
                String subject = prefix + String.format("%03d", n);
                String bearer = "Bearer " + token(key, issuer, subject);
                ready.countDown();
                try {
                    go.await();
                    for (int k = 0; k < maxPerLearner && System.nanoTime() < deadline[0]; k++) {
                        String quiz = quizzes.get((n + k) % quizzes.size());
                        String url = "/api/quizzes/" + quiz + "/attempts";
                        Http.Response start = http.post(url, bearer, "{}");
                        if (start.statusCode() != 201) {
                            fail(errors, errorSample, "start " + start.statusCode() + " " + snippet(start.body()));
                            continue;
                        }
                        started.incrementAndGet();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> attempt = (Map<String, Object>) new Json(start.body()).value();
                        String body = submission(attempt);
                        long t0 = System.nanoTime();
                        Http.Response submit = http.post(url, bearer, body);
                        long micros = (System.nanoTime() - t0) / 1000;
                        histogram.incrementAndGet((int) Math.min(buckets, micros / 100));
                        if (submit.statusCode() != 200) {
                            fail(errors, errorSample, "submit " + submit.statusCode() + " " + snippet(submit.body()));
                            continue;
                        }
                        // the two fields that say "graded by this call"; the rest (results, explanations) is not parsed
                        String result = submit.body();
                        if (result.contains("\"state\":\"FINISHED\"") && result.contains("\"alreadyGraded\":false")) {
                            graded.incrementAndGet();
                        } else {
                            fail(errors, errorSample, "submit answered " + snippet(submit.body()));
                        }
                    }
                } catch (Exception e) {
                    fail(errors, errorSample, e.toString());
                } finally {
                    done.countDown();
                }
            }, "learner-" + n);
            t.setDaemon(true);
            t.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        deadline[0] = t0 + seconds * 1_000_000_000L;
        go.countDown();
        // the deadline stops new attempts; give the last ones a bounded time to be submitted
        boolean finished = done.await(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e9;
        long total = 0;
        for (int i = 0; i <= buckets; i++) {
            total += histogram.get(i);
        }
        System.out.printf("RESULT learners=%d started=%d graded=%d errors=%d seconds=%.2f graded_per_s=%.1f p50_ms=%.1f p99_ms=%.1f finished=%s%n",
                learners, started.get(), graded.get(), errors.get(), wall, graded.get() / wall,
                percentile(histogram, total, 0.50), percentile(histogram, total, 0.99), finished);
        if (errorSample[0] != null) {
            System.out.println("FIRST_ERROR " + errorSample[0]);
        }
        System.exit(finished ? 0 : 1);
    }

    static void fail(AtomicLong errors, String[] sample, String what) {
        if (errors.incrementAndGet() == 1) {
            sample[0] = what;
        }
    }

    static String snippet(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
    }

    static double percentile(AtomicLongArray histogram, long total, double p) {
        if (total == 0) {
            return 0;
        }
        long want = (long) Math.ceil(total * p);
        long seen = 0;
        for (int i = 0; i < histogram.length(); i++) {
            seen += histogram.get(i);
            if (seen >= want) {
                return i / 10.0;
            }
        }
        return histogram.length() / 10.0;
    }

    /** A minimal HTTP/1.1 client on one keep-alive socket: POST with a JSON body, Content-Length or chunked answers. */
    static final class Http {
        record Response(int statusCode, String body) {
        }

        private final URI base;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Http(URI base) {
            this.base = base;
        }

        Response post(String path, String bearer, String json) throws java.io.IOException {
            for (int attempt = 0;; attempt++) {
                try {
                    if (socket == null) {
                        socket = new java.net.Socket();
                        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5000);
                        socket.setSoTimeout(30_000);
                        socket.setTcpNoDelay(true);
                        in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
                        out = socket.getOutputStream();
                    }
                    byte[] body = json.getBytes(StandardCharsets.UTF_8);
                    String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: " + bearer + "\r\nContent-Type: application/json\r\nAccept: application/json"
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n";
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                    return read();
                } catch (java.io.IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                    // a kept-alive connection the server closed: once more on a new one (a start is idempotent,
                    // a second submission answers alreadyGraded, which the driver counts as not graded by it)
                }
            }
        }

        private Response read() throws java.io.IOException {
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new java.io.IOException("bad status line: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false, close = false;
            for (String h; (h = line()) != null && !h.isEmpty();) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].strip(), 16)) > 0;) {
                    body.write(in.readNBytes((int) size));
                    line();
                }
                for (String t; (t = line()) != null && !t.isEmpty();) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            }
            if (close) {
                close();
            }
            return new Response(code, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != -1;) {
                if (c == '\n') {
                    int n = b.length();
                    return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
                }
                b.append((char) c);
            }
            throw new java.io.EOFException("connection closed");
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (java.io.IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** An answer to every question, in the shape its type takes (right or wrong does not matter here). */
    @SuppressWarnings("unchecked")
    static String submission(Map<String, Object> attempt) {
        StringBuilder answers = new StringBuilder();
        for (Object o : (List<Object>) attempt.get("questions")) {
            Map<String, Object> q = (Map<String, Object>) o;
            List<Object> choices = (List<Object>) q.getOrDefault("choices", List.of());
            List<Object> left = (List<Object>) q.getOrDefault("left", List.of());
            String answer = switch ((String) q.get("type")) {
                case "single" -> quote(id(choices.get(0)));
                case "multiple" -> "[" + quote(id(choices.get(0))) + "]";
                case "ordering" -> "[" + String.join(",", choices.stream().map(c -> quote(id(c))).toList()) + "]";
                case "true_false" -> "true";
                case "numeric" -> "1";
                case "match" -> {
                    List<String> pairs = new ArrayList<>();
                    for (int i = 0; i < left.size() && i < choices.size(); i++) {
                        pairs.add(quote(id(left.get(i))) + ":" + quote(id(choices.get(i))));
                    }
                    yield "{" + String.join(",", pairs) + "}";
                }
                default -> quote("x");
            };
            if (answers.length() > 0) {
                answers.append(',');
            }
            answers.append(quote((String) q.get("id"))).append(':').append(answer);
        }
        return "{\"attempt\":" + quote((String) attempt.get("token")) + ",\"answers\":{" + answers + "}}";
    }

    @SuppressWarnings("unchecked")
    static String id(Object choice) {
        return (String) ((Map<String, Object>) choice).get("id");
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String token(PrivateKey key, String issuer, String subject) {
        try {
            long now = System.currentTimeMillis() / 1000;
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
            String claims = b64.encodeToString(("{\"sub\":" + quote(subject) + ",\"preferred_username\":" + quote(subject)
                    + ",\"name\":" + quote("Bench " + subject) + ",\"iss\":" + quote(issuer) + ",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                    + ",\"realm_access\":{\"roles\":[\"learner\"]}}").getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey readKey(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    /** Just enough JSON for the API's answers: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skip();
                        String k = string();
                        skip();
                        i++; // ':'
                        m.put(k, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
