package academy.content;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that knows its file and line, and reports every type or presence problem to a shared
 * {@link ContentProblems} instead of throwing, so one pass over a file finds all of its mistakes.
 */
public final class YamlNode {

    private final Node node;
    private final String file;
    private final int lineOffset;
    private final ContentProblems problems;

    private YamlNode(Node node, String file, int lineOffset, ContentProblems problems) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /**
     * Parses a YAML document. A syntax error is reported with its line and yields empty.
     *
     * @param lineOffset lines before the document in its file (front matter starts after line 1)
     */
    public static Optional<YamlNode> parse(Reader reader, String file, int lineOffset, ContentProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(2 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(file, lineOffset + 1, "the YAML document is empty");
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root, file, lineOffset, problems));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(file, line, "YAML syntax error: " + what.trim());
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(file, lineOffset + 1, "YAML could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    public ContentProblems problems() {
        return problems;
    }

    public void problem(String message) {
        problems.add(file, line(), message);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** Requires this node to be a mapping; reports and returns false otherwise. */
    public boolean expectMapping(String what) {
        if (!isMapping()) {
            problem(what + " must be a mapping of 'key: value' lines");
            return false;
        }
        return true;
    }

    /** Reports keys this structure does not know, which are usually typos. */
    public void rejectUnknownKeys(Set<String> known, String what) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !known.contains(k.getValue())) {
                problems.add(file, t.getKeyNode().getStartMark().getLine() + 1 + lineOffset,
                        "unknown field '" + k.getValue() + "' in " + what + " (known fields: " + String.join(", ", known) + ")");
            }
        }
    }

    public Optional<YamlNode> get(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    YamlNode value = new YamlNode(t.getValueNode(), file, lineOffset, problems);
                    return value.isNull() ? Optional.empty() : Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The scalar text of this node, or empty (with a problem) if it is a list or mapping. */
    public Optional<String> scalar(String what) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problem(what + " must be a single value, not a " + (isSequence() ? "list" : "mapping"));
        return Optional.empty();
    }

    public Optional<String> string(String key) {
        return get(key).flatMap(v -> v.scalar("'" + key + "'")).map(String::strip);
    }

    public String requiredString(String key, String what) {
        Optional<String> value = string(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            if (get(key).map(YamlNode::isScalar).orElse(true)) {
                problem("missing required field '" + key + "' in " + what);
            }
            return "";
        }
        return value.get();
    }

    public String optionalString(String key, String fallback) {
        return string(key).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    /** A required whole number: a missing field is reported with {@code missing}; a bad one by {@link #integer}. */
    public int requiredInteger(String key, int min, int max, String missing, int fallback) {
        Optional<Integer> n = integer(key, min, max);
        if (n.isEmpty() && get(key).isEmpty()) {
            problem(missing);
        }
        return n.orElse(fallback);
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = value.get().scalar("'" + key + "'");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(text.get().strip());
            if (n < min || n > max) {
                value.get().problem("'" + key + "' must be between " + min + " and " + max + ", got " + n);
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            value.get().problem("'" + key + "' must be a whole number, got '" + text.get() + "'");
            return Optional.empty();
        }
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = value.get().scalar("'" + key + "'");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (text.get().strip().toLowerCase()) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> {
                value.get().problem("'" + key + "' must be true or false, got '" + text.get() + "'");
                yield Optional.empty();
            }
        };
    }

    /** Items of a list field; a single scalar is reported (authors often forget the dash). */
    public List<YamlNode> list(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get().node instanceof SequenceNode seq)) {
            value.get().problem("'" + key + "' must be a list (lines starting with '- ' or [a, b])");
            return List.of();
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            items.add(new YamlNode(item, file, lineOffset, problems));
        }
        return items;
    }

    public List<YamlNode> items() {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(n -> new YamlNode(n, file, lineOffset, problems)).toList();
        }
        return List.of();
    }

    /** Entries of a mapping node in file order: key text and value node. */
    public List<java.util.Map.Entry<String, YamlNode>> entries() {
        List<java.util.Map.Entry<String, YamlNode>> out = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.add(java.util.Map.entry(k.getValue(), new YamlNode(t.getValueNode(), file, lineOffset, problems)));
                }
            }
        }
        return out;
    }

    public List<String> stringList(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            item.scalar("each item of '" + key + "'").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(out::add);
        }
        return out;
    }
}
