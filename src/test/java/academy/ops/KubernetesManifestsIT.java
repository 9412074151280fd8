package academy.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deployment files that {@code package} generates (quarkus-kubernetes: target/kubernetes/kubernetes.yml;
 * quarkus-helm: target/helm/kubernetes/kube-internals-academy) describe what docs/deploy.md promises: at least
 * two replicas, startup, readiness and liveness probes on the health endpoints, memory and CPU requests and
 * limits with a heap that fits, every setting the app needs from the ConfigMap or the Secret (no secret
 * inline), PostgreSQL and Keycloak as external services, an Ingress to the app Service. The Helm chart is rendered with its own values
 * (and with overrides) and must say the same.
 */
class KubernetesManifestsIT {

    static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
    static final Path CHART = Path.of("target/helm/kubernetes/kube-internals-academy");
    static final String APP = "kube-internals-academy";
    static final String CONFIG_MAP = "kube-internals-academy-config";
    static final String SECRET = "kube-internals-academy-secrets";

    /** Settings each instance needs, from the ConfigMap (non-secret). */
    static final Set<String> FROM_CONFIG_MAP = Set.of("ACADEMY_OIDC_URL", "ACADEMY_OIDC_CLIENT_ID", "ACADEMY_DB_URL",
            "ACADEMY_PUBLIC_READING", "ACADEMY_BASE_URL");

    /**
     * Settings each instance needs from the Secret, identical on every instance: the OIDC client secret, the key
     * of the state cookie (PKCE verifier), the key that encrypts the tokens kept in the database
     * (DatabaseTokenStateManager), the database credentials.
     */
    static final Set<String> FROM_SECRET = Set.of("ACADEMY_OIDC_CLIENT_SECRET", "ACADEMY_OIDC_STATE_SECRET",
            "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "ACADEMY_DB_USER", "ACADEMY_DB_PASSWORD");

    static final Pattern SECRET_LIKE = Pattern.compile("SECRET|PASSWORD|TOKEN|CREDENTIAL|_KEY\\b|_USER\\b");

    @Test
    void theKubernetesManifestsDescribeTheProductionDeployment() throws IOException {
        assertTrue(Files.isRegularFile(MANIFESTS), "run ./mvnw package first: " + MANIFESTS + " is missing");
        Resources resources = Resources.parse(Files.readString(MANIFESTS), MANIFESTS.toString());
        checkDeployment(resources, MANIFESTS.toString());
        assertFalse(resources.ofKind("Secret").findAny().isPresent(),
                "the generated manifests carry no Secret: it is created by hand (docs/deploy.md)");
    }

    @Test
    void theHelmChartRendersTheSameDeployment() throws IOException {
        assertTrue(Files.isDirectory(CHART), "run ./mvnw package first: " + CHART + " is missing");
        Map<String, Object> chart = yamlMap(CHART.resolve("Chart.yaml"));
        assertEquals("v2", chart.get("apiVersion"), "Chart.yaml apiVersion");
        assertEquals(APP, chart.get("name"), "Chart.yaml name");
        assertNotNull(chart.get("version"), "Chart.yaml version");
        JsonNode schema = new ObjectMapper().readTree(CHART.resolve("values.schema.json").toFile());
        assertTrue(schema.path("properties").path("app").isObject(), "values.schema.json describes app.*");

        Map<String, Object> values = yamlMap(CHART.resolve("values.yaml"));
        Resources rendered = render(values);
        checkDeployment(rendered, "the chart rendered with its values.yaml");
        assertFalse(rendered.ofKind("Secret").findAny().isPresent(), "the chart carries no Secret values");

        // the values reach the resources: an install with other values gets them
        Map<String, Object> app = new HashMap<>(map(values.get("app"), "values.yaml app"));
        app.put("replicas", 3);
        app.put("image", "registry.example.com/academy/kube-internals-academy:2.0.0");
        app.put("configDbUrl", "jdbc:postgresql://db.prod:5432/academy");
        app.put("postgresHost", "db.prod.example.com");
        app.put("memoryLimit", "1Gi");
        app.put("host", "learn.example.org");
        Resources overridden = render(Map.of("app", app));
        Map<String, Object> deployment = overridden.one("Deployment", APP);
        assertEquals(3, get(deployment, "spec.replicas"));
        Map<String, Object> container = container(deployment);
        assertEquals("registry.example.com/academy/kube-internals-academy:2.0.0", container.get("image"));
        assertEquals("1Gi", get(container, "resources.limits.memory"));
        assertEquals("jdbc:postgresql://db.prod:5432/academy", get(overridden.one("ConfigMap", CONFIG_MAP), "data.ACADEMY_DB_URL"));
        assertEquals("db.prod.example.com", get(overridden.one("Service", "academy-postgres"), "spec.externalName"));
        assertEquals("learn.example.org", ((Map<?, ?>) list(get(overridden.one("Ingress", APP), "spec.rules")).get(0)).get("host"));
    }

    /** What both the plain manifests and the rendered chart must say. */
    static void checkDeployment(Resources resources, String where) throws IOException {
        Map<String, Object> deployment = resources.one("Deployment", APP);
        Object replicas = get(deployment, "spec.replicas");
        assertTrue(replicas instanceof Integer r && r >= 2, where + ": at least 2 replicas, found " + replicas);

        Map<String, Object> container = container(deployment);
        int port = httpPort(container, where);
        checkProbe(container, "startupProbe", "/q/health/started", port, where);
        checkProbe(container, "readinessProbe", "/q/health/ready", port, where);
        checkProbe(container, "livenessProbe", "/q/health/live", port, where);
        // startup (Flyway, content, search index) takes ~10 s here: the startup probe must allow far more
        int startupSeconds = number(get(container, "startupProbe.initialDelaySeconds"), 0)
                + number(get(container, "startupProbe.periodSeconds"), 10) * number(get(container, "startupProbe.failureThreshold"), 3);
        assertTrue(startupSeconds >= 60, where + ": the startup probe allows at least 60 s, allows " + startupSeconds);

        checkResources(container, where);
        checkEnvironment(resources, container, where);
        assertEquals(List.of(), list(get(deployment, "spec.template.spec.initContainers")),
                where + ": no init containers (Flyway migrates at start under PostgreSQL's lock)");

        Map<String, Object> service = resources.one("Service", APP);
        Object target = ((Map<?, ?>) list(get(service, "spec.ports")).get(0)).get("targetPort");
        assertTrue(target.equals(port) || "http".equals(target), where + ": the app Service targets the http port, found " + target);
        Map<?, ?> selector = map(get(service, "spec.selector"), "Service selector");
        Map<?, ?> podLabels = map(get(deployment, "spec.template.metadata.labels"), "pod labels");
        assertFalse(selector.isEmpty(), where + ": the Service selects pods");
        selector.forEach((k, v) -> assertEquals(v, podLabels.get(k), where + ": the Service selects the app's pods by " + k));

        // the Ingress sends its host to the app Service's port
        Map<String, Object> ingress = resources.one("Ingress", APP);
        Map<?, ?> rule = (Map<?, ?>) list(get(ingress, "spec.rules")).get(0);
        assertTrue(rule.get("host") instanceof String h && !h.isBlank(), where + ": the Ingress names its host");
        Map<?, ?> backend = (Map<?, ?>) ((Map<?, ?>) list(((Map<?, ?>) rule.get("http")).get("paths")).get(0)).get("backend");
        Map<?, ?> backendService = (Map<?, ?>) backend.get("service");
        assertEquals(APP, backendService.get("name"), where + ": the Ingress sends to the app Service");
        Map<?, ?> servicePort = (Map<?, ?>) list(get(service, "spec.ports")).get(0);
        Map<?, ?> ingressPort = (Map<?, ?>) backendService.get("port");
        assertTrue(servicePort.get("name").equals(ingressPort.get("name")) || servicePort.get("port").equals(ingressPort.get("number")),
                where + ": the Ingress uses the Service's port " + servicePort + ", uses " + ingressPort);

        Map<String, Object> config = resources.one("ConfigMap", CONFIG_MAP);
        String dbUrl = (String) get(config, "data.ACADEMY_DB_URL");
        assertTrue(dbUrl.startsWith("jdbc:postgresql://"), where + ": the database is PostgreSQL, found " + dbUrl);
        checkExternal(resources, "academy-postgres", hostOf(dbUrl.substring("jdbc:".length())), 5432, where);
        String oidcUrl = (String) get(config, "data.ACADEMY_OIDC_URL");
        checkExternal(resources, "academy-keycloak", hostOf(oidcUrl), 8080, where);
    }

    static void checkProbe(Map<String, Object> container, String probe, String path, int port, String where) {
        Map<?, ?> http = map(get(container, probe + ".httpGet"), where + ": " + probe + ".httpGet");
        assertEquals(path, http.get("path"), where + ": " + probe + " path");
        assertTrue(Integer.valueOf(port).equals(http.get("port")) || "http".equals(http.get("port")),
                where + ": " + probe + " asks the http port " + port + ", asks " + http.get("port"));
        int timeout = number(get(container, probe + ".timeoutSeconds"), 1);
        int period = number(get(container, probe + ".periodSeconds"), 10);
        assertTrue(timeout >= 2 && timeout < period, where + ": " + probe + " timeout " + timeout + " s within its period " + period + " s");
    }

    static void checkResources(Map<String, Object> container, String where) {
        BigDecimal requestMemory = quantity(get(container, "resources.requests.memory"), where + " requests.memory");
        BigDecimal limitMemory = quantity(get(container, "resources.limits.memory"), where + " limits.memory");
        BigDecimal requestCpu = quantity(get(container, "resources.requests.cpu"), where + " requests.cpu");
        BigDecimal limitCpu = quantity(get(container, "resources.limits.cpu"), where + " limits.cpu");
        assertTrue(requestMemory.compareTo(limitMemory) <= 0, where + ": memory request <= limit");
        assertTrue(requestCpu.compareTo(limitCpu) <= 0, where + ": cpu request <= limit");
        // measured (bench/pod-memory.sh): ~400 MB resident under load; the limit must leave room above that
        BigDecimal mib = BigDecimal.valueOf(1024 * 1024);
        assertTrue(limitMemory.compareTo(mib.multiply(BigDecimal.valueOf(512))) >= 0, where + ": memory limit >= 512Mi, is " + limitMemory);
        String javaOptions = String.valueOf(inlineEnv(container).get("JDK_JAVA_OPTIONS"));
        Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(javaOptions);
        assertTrue(percent.find(), where + ": JDK_JAVA_OPTIONS sizes the heap from the limit, is " + javaOptions);
        BigDecimal heap = limitMemory.multiply(new BigDecimal(percent.group(1))).divide(BigDecimal.valueOf(100));
        assertTrue(heap.compareTo(mib.multiply(BigDecimal.valueOf(256))) >= 0, where + ": heap >= 256 MiB, is " + heap.divide(mib) + " MiB");
        assertTrue(limitMemory.subtract(heap).compareTo(mib.multiply(BigDecimal.valueOf(300))) >= 0,
                where + ": >= 300 MiB of the limit stay outside the heap (metaspace, code cache, threads, direct buffers)");
    }

    static void checkEnvironment(Resources resources, Map<String, Object> container, String where) throws IOException {
        List<Object> envFrom = list(container.get("envFrom"));
        Set<String> configMaps = new TreeSet<>();
        for (Object e : envFrom) {
            Object ref = ((Map<?, ?>) e).get("configMapRef");
            if (ref != null) {
                configMaps.add((String) ((Map<?, ?>) ref).get("name"));
            }
        }
        assertEquals(Set.of(CONFIG_MAP), configMaps, where + ": the settings come from the ConfigMap");
        Map<?, ?> data = map(get(resources.one("ConfigMap", CONFIG_MAP), "data"), "ConfigMap data");
        for (String name : FROM_CONFIG_MAP) {
            assertTrue(data.get(name) instanceof String s && !s.isBlank(), where + ": ConfigMap sets " + name + " (as a string)");
        }
        data.forEach((k, v) -> {
            assertTrue(v instanceof String, where + ": ConfigMap values are strings: " + k + "=" + v);
            assertFalse(SECRET_LIKE.matcher((String) k).find(), where + ": no secret in the ConfigMap: " + k);
        });

        Map<String, Map<?, ?>> fromSecret = new LinkedHashMap<>();
        for (Object e : list(container.get("env"))) {
            Map<?, ?> env = (Map<?, ?>) e;
            Object ref = env.get("valueFrom") instanceof Map<?, ?> from ? from.get("secretKeyRef") : null;
            if (ref != null) {
                fromSecret.put((String) env.get("name"), (Map<?, ?>) ref);
            }
        }
        for (String name : FROM_SECRET) {
            Map<?, ?> ref = fromSecret.get(name);
            assertNotNull(ref, where + ": " + name + " comes from the Secret " + SECRET);
            assertEquals(SECRET, ref.get("name"), where + ": " + name + " from the Secret " + SECRET);
            assertNotNull(ref.get("key"), where + ": " + name + " names its key");
        }
        Map<String, Object> inline = inlineEnv(container);
        inline.forEach((name, value) -> assertFalse(SECRET_LIKE.matcher(name).find(),
                where + ": no secret inline: " + name + "=" + value));
        for (String name : FROM_CONFIG_MAP) {
            assertFalse(inline.containsKey(name), where + ": " + name + " comes from the ConfigMap, not inline");
        }
        assertFalse("false".equals(String.valueOf(inline.get("QUARKUS_FLYWAY_ACTIVE"))), where + ": Flyway migrates at start");

        // the names are the app's own: every one is read by application.properties (or is Quarkus's own name)
        String properties = Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8);
        for (String name : union(FROM_CONFIG_MAP, FROM_SECRET)) {
            boolean quarkusOwn = name.startsWith("QUARKUS_");
            assertTrue(quarkusOwn || properties.contains("${" + name + ":"), "application.properties reads " + name);
        }
    }

    static void checkExternal(Resources resources, String name, String host, int port, String where) {
        Map<String, Object> service = resources.one("Service", name);
        assertEquals("ExternalName", get(service, "spec.type"), where + ": " + name + " is an ExternalName Service");
        Object external = get(service, "spec.externalName");
        assertTrue(external instanceof String s && !s.isBlank(), where + ": " + name + " names its external host");
        assertEquals(name, host, where + ": the app reaches " + name + " by its Service name");
        assertEquals(port, ((Map<?, ?>) list(get(service, "spec.ports")).get(0)).get("port"), where + ": " + name + " port");
    }

    // --- the chart's templates, rendered with the only template actions quarkus-helm writes into them

    static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    static final Pattern VALUE = Pattern.compile("\\.Values\\.([A-Za-z0-9_.]+)(\\s*\\|\\s*quote)?");

    /**
     * Renders every template with {@code values}: {@code {{ .Values.a.b }}} and {@code {{ .Values.a.b | quote }}}.
     * Any other action fails the test, so a chart that starts using more of Helm gets a real renderer here.
     */
    static Resources render(Map<String, Object> values) throws IOException {
        StringBuilder all = new StringBuilder();
        List<Path> templates;
        try (Stream<Path> files = Files.list(CHART.resolve("templates"))) {
            templates = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
        assertTrue(templates.size() >= 3, "the chart has templates: " + templates);
        for (Path template : templates) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            Matcher m = ACTION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Matcher v = VALUE.matcher(m.group(1));
                if (!v.matches()) {
                    fail(template + ": a template action this renderer does not know: " + m.group());
                }
                Object value = values;
                for (String key : v.group(1).split("\\.")) {
                    value = value instanceof Map<?, ?> map ? map.get(key) : null;
                }
                assertNotNull(value, template + ": " + m.group() + " has a value in values.yaml");
                String text1 = v.group(2) != null ? "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value.toString();
                m.appendReplacement(out, Matcher.quoteReplacement(text1));
            }
            m.appendTail(out);
            all.append(out).append("\n---\n");
        }
        return Resources.parse(all.toString(), "the rendered chart");
    }

    // --- YAML helpers

    record Resources(List<Map<String, Object>> all) {

        static Resources parse(String yaml, String where) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
                if (doc != null) {
                    docs.add(map(doc, where + " document"));
                }
            }
            return new Resources(docs);
        }

        Stream<Map<String, Object>> ofKind(String kind) {
            return all.stream().filter(r -> kind.equals(r.get("kind")));
        }

        Map<String, Object> one(String kind, String name) {
            List<Map<String, Object>> found = ofKind(kind).filter(r -> name.equals(get(r, "metadata.name"))).toList();
            assertEquals(1, found.size(), "exactly one " + kind + " " + name);
            return found.get(0);
        }
    }

    static Map<String, Object> yamlMap(Path file) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(get(deployment, "spec.template.spec.containers"));
        assertEquals(1, containers.size(), "one container");
        Map<String, Object> container = map(containers.get(0), "container");
        assertEquals(APP, container.get("name"));
        assertTrue(String.valueOf(container.get("image")).contains(APP), "the container runs the app image: " + container.get("image"));
        return container;
    }

    static int httpPort(Map<String, Object> container, String where) {
        for (Object p : list(container.get("ports"))) {
            if ("http".equals(((Map<?, ?>) p).get("name"))) {
                return (Integer) ((Map<?, ?>) p).get("containerPort");
            }
        }
        throw new AssertionError(where + ": the container has a port named http");
    }

    static Map<String, Object> inlineEnv(Map<String, Object> container) {
        Map<String, Object> inline = new LinkedHashMap<>();
        for (Object e : list(container.get("env"))) {
            Map<?, ?> env = (Map<?, ?>) e;
            if (env.containsKey("value")) {
                inline.put((String) env.get("name"), env.get("value"));
            }
        }
        return inline;
    }

    static Object get(Map<String, Object> root, String path) {
        Object at = root;
        for (String key : path.split("\\.")) {
            at = at instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String what) {
        assertTrue(o instanceof Map, what + " is a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    static int number(Object o, int kubernetesDefault) {
        return o == null ? kubernetesDefault : (Integer) o;
    }

    /** A Kubernetes quantity ("768Mi", "250m", "2", "1G") in bytes or cores. */
    static BigDecimal quantity(Object o, String what) {
        assertNotNull(o, what + " is set");
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|k|Ki|M|Mi|G|Gi)?").matcher(o.toString());
        assertTrue(m.matches(), what + " is a quantity: " + o);
        BigDecimal n = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "m" -> n.divide(BigDecimal.valueOf(1000));
            case "k" -> n.multiply(BigDecimal.valueOf(1000));
            case "Ki" -> n.multiply(BigDecimal.valueOf(1024));
            case "M" -> n.multiply(BigDecimal.valueOf(1000_000));
            case "Mi" -> n.multiply(BigDecimal.valueOf(1024 * 1024));
            case "G" -> n.multiply(BigDecimal.valueOf(1000_000_000));
            case "Gi" -> n.multiply(BigDecimal.valueOf(1024L * 1024 * 1024));
            default -> n;
        };
    }

    static String hostOf(String url) {
        Matcher m = Pattern.compile("^[a-z]+://([^:/]+)").matcher(url);
        assertTrue(m.find(), "a URL with a host: " + url);
        return m.group(1);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
