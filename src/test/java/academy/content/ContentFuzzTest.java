package academy.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import academy.quiz.content.QuizCatalog;
import academy.testsupport.FixtureTrees;

/**
 * Random mutations of real lesson, module, course and quiz files (the shipped 01-overview module and
 * the course file): the loader either accepts the result or reports problems, each with the file and
 * a message, and never throws, never hangs. The seed is printed so that a failure can be replayed
 * with {@code -Dfuzz.seed=...}.
 */
class ContentFuzzTest {

    static final int ROUNDS = Integer.getInteger("fuzz.rounds", 150);

    @TempDir
    Path tmp;

    @Test
    void mutatedContentIsReportedNeverCrashes() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("ContentFuzzTest seed " + seed);
        Random random = new Random(seed);
        Path pristine = tmp.resolve("pristine");
        copySubset(pristine);
        List<Path> targets;
        try (Stream<Path> files = Files.walk(pristine)) {
            targets = files.filter(Files::isRegularFile).map(pristine::relativize).toList();
        }
        for (int round = 0; round < ROUNDS; round++) {
            Path tree = tmp.resolve("round-" + round);
            FixtureTrees.copy(pristine, tree);
            List<String> mutated = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                Path file = tree.resolve(targets.get(random.nextInt(targets.size())));
                mutated.add(tree.relativize(file) + ":" + mutate(file, random));
            }
            String what = "seed " + seed + ", round " + round + ", mutations " + mutated;
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    ContentLoader.Result result = new ContentLoader().load(tree.resolve("courses"), tree.resolve("quizzes"));
                    ContentProblems problems = result.problems();
                    if (problems.isEmpty()) {
                        QuizCatalog.parseAll(result.courses(), problems);
                    }
                    for (ContentProblem p : problems.sorted()) {
                        assertFalse(p.file() == null || p.file().isBlank(), "a problem without a file: " + p + " (" + what + ")");
                        assertFalse(p.message() == null || p.message().isBlank(), "a problem without a message (" + what + ")");
                        assertTrue(p.line() >= 0, what);
                    }
                } catch (RuntimeException e) {
                    fail("the loader threw instead of reporting (" + what + ")", e);
                }
            }, what);
        }
    }

    /** course.yaml, every module.yaml, and the lessons and quizzes of 01-overview. */
    static void copySubset(Path into) throws IOException {
        Path courses = Path.of("courses/k8s-internals");
        Path target = into.resolve("courses/k8s-internals");
        Files.createDirectories(target);
        Files.copy(courses.resolve("course.yaml"), target.resolve("course.yaml"));
        try (Stream<Path> modules = Files.list(courses)) {
            for (Path m : modules.filter(Files::isDirectory).toList()) {
                Files.createDirectories(target.resolve(m.getFileName()));
                Files.copy(m.resolve("module.yaml"), target.resolve(m.getFileName()).resolve("module.yaml"));
            }
        }
        FixtureTrees.copy(courses.resolve("01-overview"), target.resolve("01-overview"));
        FixtureTrees.copy(Path.of("quizzes/k8s-internals/01-overview"), into.resolve("quizzes/k8s-internals/01-overview"));
    }

    /** One random edit of the kind an author or a broken editor makes; returns its name. */
    static String mutate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(Math.max(1, lines.size()));
        String kind;
        switch (random.nextInt(12)) {
            case 0 -> { kind = "delete line " + at; lines.remove(at); }
            case 1 -> { kind = "duplicate line " + at; lines.add(at, lines.get(at)); }
            case 2 -> { kind = "indent line " + at; lines.set(at, "   " + lines.get(at)); }
            case 3 -> { kind = "tab in line " + at; lines.set(at, "\t" + lines.get(at)); }
            case 4 -> { kind = "colon in line " + at; lines.set(at, lines.get(at) + ": x: y"); }
            case 5 -> { kind = "truncate at line " + at; lines = new ArrayList<>(lines.subList(0, at)); }
            case 6 -> { kind = "swap lines"; java.util.Collections.swap(lines, at, random.nextInt(lines.size())); }
            case 7 -> { kind = "empty file"; lines = new ArrayList<>(List.of("")); }
            case 8 -> { kind = "quote in line " + at; lines.set(at, lines.get(at) + " \"unclosed"); }
            case 9 -> { kind = "list marker at line " + at; lines.set(at, "- " + lines.get(at)); }
            case 10 -> { kind = "deep nesting"; lines.add(at, "x: " + "[".repeat(200)); }
            default -> {
                kind = "invalid UTF-8";
                byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
                int pos = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                System.arraycopy(bytes, pos, broken, pos + 2, bytes.length - pos);
                broken[pos] = (byte) 0xC3;
                broken[pos + 1] = (byte) 0x28;
                Files.write(file, broken);
                return kind;
            }
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return kind;
    }
}
