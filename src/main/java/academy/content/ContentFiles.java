package academy.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.content.model.SourceRef;
import academy.content.render.LinkRef;
import academy.content.render.MarkdownRenderer;

/**
 * What every content reader shares (course, module, lesson and quiz files alike): strict UTF-8 files,
 * YAML with line numbers, source references, lesson-link checks, content hashes and the paths that
 * problems are reported under. One place, so the readers cannot drift apart.
 */
public final class ContentFiles {

    /** A source's repository: owner/name. */
    public static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Set<String> SOURCE_FIELDS = Set.of("path", "symbol", "repo", "ref");
    private static final Path WORKING_DIR = Path.of("").toAbsolutePath();

    private ContentFiles() {
    }

    /** Reads strict UTF-8 (a wrong encoding is reported, not silently mangled), normalising line ends. */
    public static Optional<String> readText(Path file, ContentProblems problems) {
        String where = display(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            problems.add(where, 0, "the file is not valid UTF-8: save it as UTF-8");
        } catch (IOException e) {
            problems.add(where, 0, "the file cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A whole YAML file, every syntax error reported with its line. */
    public static Optional<YamlNode> readYaml(Path file, ContentProblems problems) {
        return readText(file, problems).flatMap(t -> YamlNode.parse(new StringReader(t), display(file), 0, problems));
    }

    /** The entries of a folder in name order; an unreadable folder is reported. */
    public static List<Path> list(Path dir, ContentProblems problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            problems.add(display(dir), 0, "the folder cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    /** Paths in messages are relative to the working directory when possible, as authors type them. */
    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(WORKING_DIR) ? WORKING_DIR.relativize(abs).toString() : abs.toString();
    }

    /** A {@code sources:} entry (lesson front matter or quiz question): relative path, owner/name repo. */
    public static SourceRef sourceRef(YamlNode s) {
        s.rejectUnknownKeys(SOURCE_FIELDS, "a source");
        String path = s.requiredString("path", "a source");
        if (!path.isEmpty() && !MarkdownRenderer.isRelativeSourcePath(path)) {
            s.problem("source path '" + path + "' must be a relative path inside the repository (no leading '/', no '..', no URL)");
        }
        String repo = s.optionalString("repo", SourceRef.DEFAULT_REPO);
        if (!REPO.matcher(repo).matches()) {
            s.problem("source repo '" + repo + "' must be written owner/name");
        }
        return new SourceRef(repo, s.optionalString("ref", SourceRef.DEFAULT_REF), path, s.string("symbol").orElse(null));
    }

    /** Reports a {@code lesson:} link whose lesson or section does not exist. */
    public static void checkLink(String file, LinkRef link, Function<LessonKey, Optional<Lesson>> lessons, ContentProblems problems) {
        Optional<Lesson> target = lessons.apply(link.target());
        if (target.isEmpty()) {
            problems.add(file, link.line(), "broken link: lesson '" + link.target() + "' does not exist");
        } else if (link.anchor() != null && !target.get().anchors().contains(link.anchor())) {
            problems.add(file, link.line(), "broken link: lesson '" + link.target() + "' has no section '#" + link.anchor() + "'");
        }
    }

    /** The first 16 hex digits of SHA-256 over the given parts, in order. */
    public static String shortHash(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A hash of every content file of a course, stored with attempts so old results stay interpretable. */
    public static String treeHash(Path courseDir, Path quizDir) {
        try {
            List<byte[]> parts = new java.util.ArrayList<>();
            for (Path root : List.of(courseDir, quizDir)) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        parts.add(Files.readAllBytes(f));
                    }
                }
            }
            return shortHash(parts);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
