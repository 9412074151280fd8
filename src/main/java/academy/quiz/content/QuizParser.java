package academy.quiz.content;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import academy.content.ContentFiles;
import academy.content.ContentProblems;
import academy.content.YamlNode;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.content.model.QuizFile;
import academy.content.model.SourceRef;
import academy.content.render.LinkRef;
import academy.content.render.MarkdownRenderer;
import academy.content.render.RenderContext;
import academy.content.render.RenderedMarkdown;
import academy.quiz.grading.TextNormalizer;

/**
 * Parses one quiz file (format: docs/authoring.md, "Quiz files") into a {@link Quiz}, reporting every
 * problem with file and line. Markdown is rendered to sanitized HTML here, once.
 */
public final class QuizParser {

    static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern CHOICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final int LESSON_PASS_MARK = 80;
    static final int EXAM_PASS_MARK = 70;

    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "titleEn", "passMark", "shuffle", "draw",
            "timeLimitMinutes", "maxAttempts", "questions");
    private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "prompt", "answer", "explanation", "points",
            "difficulty", "section", "lesson", "source");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.SINGLE, Set.of("options"),
            QuestionType.MULTIPLE, Set.of("options", "partialCredit"),
            QuestionType.TRUE_FALSE, Set.of(),
            QuestionType.FILL, Set.of("accept", "regex", "caseSensitive"),
            QuestionType.ORDERING, Set.of("items"),
            QuestionType.NUMERIC, Set.of("tolerance", "unit"),
            QuestionType.MATCH, Set.of("left", "right"));
    private static final Set<String> CHOICE_FIELDS = Set.of("id", "text");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    public Optional<Quiz> parse(Course course, QuizFile quizFile, ContentProblems problems) {
        String where = quizFile.file();
        Optional<String> text = ContentFiles.readText(Path.of(where), problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode> parsed = YamlNode.parse(new StringReader(text.get()), where, 0, problems);
        if (parsed.isEmpty() || !parsed.get().expectMapping("a quiz file")) {
            return Optional.empty();
        }
        CourseModule module = course.module(quizFile.moduleId()).orElseThrow();
        YamlNode y = parsed.get();
        y.rejectUnknownKeys(QUIZ_FIELDS, "a quiz");
        String id = y.requiredString("id", "a quiz");
        String expectedId = quizFile.id();
        if (!id.isEmpty() && !id.equals(expectedId)) {
            y.get("id").orElse(y).problem("quiz id '" + id + "' must be '" + expectedId
                    + "' (<module-id>.<lesson-slug>, or <module-id>.exam for the module exam)");
        }
        String title = y.requiredString("title", "a quiz");
        String titleEn = englishTitle(y.optionalString("titleEn", null), module, quizFile);
        int passMark = y.integer("passMark", 0, 100).orElse(quizFile.exam() ? EXAM_PASS_MARK : LESSON_PASS_MARK);
        boolean shuffle = y.bool("shuffle").orElse(true);
        Integer timeLimit = y.integer("timeLimitMinutes", 1, 600).orElse(null);
        Integer maxAttempts = y.integer("maxAttempts", 1, 1000).orElse(null);

        QuestionContext ctx = new QuestionContext(course, module, quizFile, where, problems);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> items = y.list("questions");
        if (items.isEmpty() && y.get("questions").map(YamlNode::isSequence).orElse(true)) {
            y.problem("a quiz needs at least one question under 'questions'");
        }
        for (YamlNode item : items) {
            if (!item.expectMapping("each question")) {
                continue;
            }
            Optional<Question> question = question(item, ctx);
            question.ifPresent(q -> {
                if (!ids.add(q.id())) {
                    item.get("id").orElse(item).problem("duplicate question id '" + q.id() + "' in this quiz");
                } else {
                    questions.add(q);
                }
            });
        }
        int draw = 0;
        Optional<YamlNode> drawNode = y.get("draw");
        if (drawNode.isPresent()) {
            Optional<Integer> n = y.integer("draw", 1, 1000);
            if (n.isPresent() && n.get() > items.size()) {
                drawNode.get().problem("draw " + n.get() + " is larger than the pool of " + items.size() + " questions");
            } else if (n.isPresent()) {
                draw = n.get();
            }
        }
        return Optional.of(new Quiz(expectedId, course.id(), module.id(), quizFile.lessonSlug(), title, titleEn, passMark, shuffle,
                draw, timeLimit, maxAttempts, List.copyOf(questions), ContentFiles.shortHash(List.of(text.get().getBytes(StandardCharsets.UTF_8))), where));
    }

    /**
     * The quiz's English title: its own {@code titleEn}, else the English title of its lesson ("… quiz") or of
     * its module ("… module exam"), else null (the Chinese one is shown).
     */
    static String englishTitle(String own, CourseModule module, QuizFile quizFile) {
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        if (quizFile.exam()) {
            return module.titleEn() == null || module.titleEn().isBlank() ? null : module.titleEn() + " — module exam";
        }
        return module.lessons().stream().filter(l -> l.slug().equals(quizFile.lessonSlug())).findFirst()
                .map(l -> l.titleEn()).filter(t -> t != null && !t.isBlank()).map(t -> t + " — quiz").orElse(null);
    }

    private record QuestionContext(Course course, CourseModule module, QuizFile quizFile, String file,
            ContentProblems problems) {
    }

    private Optional<Question> question(YamlNode q, QuestionContext ctx) {
        String id = q.requiredString("id", "a question");
        if (!id.isEmpty() && !QUESTION_ID.matcher(id).matches()) {
            q.get("id").orElse(q).problem("question id '" + id + "' must be lowercase letters, digits and dashes");
        }
        String typeName = q.requiredString("type", "question '" + id + "'");
        Optional<QuestionType> type = QuestionType.of(typeName);
        if (!typeName.isEmpty() && type.isEmpty()) {
            q.get("type").orElse(q).problem("unknown question type '" + typeName + "' (known types: " + QuestionType.known() + ")");
        }
        String what = "question '" + id + "'";
        if (type.isPresent()) {
            Set<String> known = new HashSet<>(COMMON_FIELDS);
            known.addAll(TYPE_FIELDS.get(type.get()));
            q.rejectUnknownKeys(known, what + " of type " + typeName);
        }
        String prompt = markdown(q, "prompt", ctx, true);
        String explanation = markdown(q, "explanation", ctx, false);
        int points = q.integer("points", 1, 100).orElse(1);
        Difficulty difficulty = Difficulty.MEDIUM;
        Optional<String> difficultyText = q.string("difficulty");
        if (difficultyText.isPresent()) {
            try {
                difficulty = Difficulty.valueOf(difficultyText.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                q.get("difficulty").orElseThrow().problem("difficulty must be easy, medium or hard, got '" + difficultyText.get() + "'");
            }
        }
        String lessonSlug = lessonOf(q, ctx);
        String section = q.requiredString("section", what);
        if (lessonSlug != null && !section.isEmpty()) {
            Lesson lesson = ctx.module().lesson(lessonSlug).orElseThrow();
            if (!lesson.anchors().contains(section)) {
                q.get("section").orElseThrow().problem("section '" + section + "' is not an anchor of lesson "
                        + ctx.module().id() + "/" + lessonSlug + " (its anchors: " + String.join(", ", lesson.anchors()) + ")");
            }
        }
        SourceRef source = q.get("source").filter(s -> s.expectMapping("'source'")).map(ContentFiles::sourceRef).orElse(null);

        if (type.isEmpty()) {
            return Optional.empty();
        }
        Builder b = new Builder();
        switch (type.get()) {
            case SINGLE -> {
                b.options = choices(q, "options", 2, 12, ctx);
                q.get("answer").flatMap(a -> a.scalar("the answer of a single-choice question").map(String::strip).map(ans -> {
                    requireChoice(a, ans, b.options, "option");
                    return ans;
                })).ifPresentOrElse(ans -> b.optionIds = List.of(ans), () -> missingAnswer(q, what));
            }
            case MULTIPLE -> {
                b.options = choices(q, "options", 2, 12, ctx);
                b.optionIds = idList(q, b.options, "option", what);
                if (q.get("answer").isPresent() && b.optionIds.isEmpty()) {
                    q.get("answer").orElseThrow().problem("the answer of a multiple-choice question lists at least one option");
                }
                b.partialCredit = q.bool("partialCredit").orElse(false);
            }
            case TRUE_FALSE -> {
                if (q.get("answer").isEmpty()) {
                    missingAnswer(q, what);
                } else {
                    b.truth = q.bool("answer").orElse(null);
                }
            }
            case FILL -> fill(q, b, what);
            case ORDERING -> {
                b.items = choices(q, "items", 3, 8, ctx);
                b.optionIds = idList(q, b.items, "item", what);
                if (q.get("answer").isPresent() && !b.items.isEmpty() && !sameSet(b.optionIds, b.items)) {
                    q.get("answer").orElseThrow().problem("the answer of an ordering question must be a permutation of its item ids: list each of "
                            + ids(b.items) + " exactly once");
                }
            }
            case NUMERIC -> {
                if (q.get("answer").isEmpty()) {
                    missingAnswer(q, what);
                } else {
                    b.number = decimal(q, "answer");
                }
                if (q.get("tolerance").isPresent()) {
                    b.tolerance = decimal(q, "tolerance");
                    if (b.tolerance != null && b.tolerance.signum() < 0) {
                        q.get("tolerance").orElseThrow().problem("tolerance must not be negative");
                    }
                }
                b.unit = q.string("unit").filter(s -> !s.isEmpty()).orElse(null);
            }
            case MATCH -> match(q, b, ctx, what);
        }
        idsRevealNothing(q, id, type.get(), b);
        return Optional.of(new Question(id, type.get(), prompt, explanation, b.options, b.items, b.left, b.right, b.unit,
                new AnswerKey(b.optionIds, b.truth, b.accept, b.acceptAsWritten, b.regex, b.pairs, b.number,
                        b.tolerance == null ? BigDecimal.ZERO : b.tolerance, b.partialCredit, b.caseSensitive),
                points, difficulty, lessonSlug, section, source, q.line()));
    }

    private static final Set<String> TELLING_WORDS = Set.of("correct", "incorrect", "wrong", "answer", "true", "false",
            "yes", "no", "right-answer");

    /**
     * Ids reach the browser only as per-attempt codes, but an id must not spell or order the answer
     * anyway (an export, a log, a future API could show it): no telling words, ordering items not
     * named in answer order, match pairs not named alike.
     */
    private void idsRevealNothing(YamlNode q, String id, QuestionType type, Builder b) {
        if (telling(id)) {
            q.get("id").orElse(q).problem("question id '" + id + "' must not spell the answer (avoid words like correct, wrong, true, false)");
        }
        for (List<Choice> list : List.of(b.options, b.items, b.left, b.right)) {
            for (Choice c : list) {
                if (telling(c.id())) {
                    q.problem("id '" + c.id() + "' must not spell the answer: name choices a, b, c or by their topic");
                }
            }
        }
        if (type == QuestionType.ORDERING && b.optionIds.size() == b.items.size() && b.items.size() >= 2) {
            List<String> sorted = new ArrayList<>(b.optionIds);
            sorted.sort(QuizParser::naturalOrder);
            if (sorted.equals(b.optionIds)) {
                q.get("answer").orElse(q).problem("the item ids " + b.optionIds + " sort into the answer order: rename them so"
                        + " that their alphabetical order is not the answer");
            }
        }
        if (type == QuestionType.MATCH && b.pairs.size() >= 2) {
            long alike = b.pairs.entrySet().stream().filter(e -> alike(e.getKey(), e.getValue())).count();
            List<String> lefts = new ArrayList<>(b.pairs.keySet());
            lefts.sort(QuizParser::naturalOrder);
            List<String> rights = new ArrayList<>(new java.util.LinkedHashSet<>(b.pairs.values()));
            rights.sort(QuizParser::naturalOrder);
            boolean sortedPairing = rights.size() == lefts.size() && lefts.size() >= 3;
            for (int i = 0; sortedPairing && i < lefts.size(); i++) {
                sortedPairing = b.pairs.get(lefts.get(i)).equals(rights.get(i));
            }
            // Right ids that, read in the left column's order, come out sorted (l1 → r1, l2 → r2 ...).
            List<String> inLeftOrder = b.left.stream().map(l -> b.pairs.get(l.id())).filter(java.util.Objects::nonNull).toList();
            List<String> inLeftOrderSorted = new ArrayList<>(inLeftOrder);
            inLeftOrderSorted.sort(QuizParser::naturalOrder);
            boolean positional = inLeftOrder.size() >= 3 && inLeftOrder.stream().distinct().count() == inLeftOrder.size()
                    && inLeftOrder.equals(inLeftOrderSorted);
            if (alike == b.pairs.size() || sortedPairing || positional) {
                q.get("answer").orElse(q).problem("the left and right ids pair up by name or by alphabetical order ("
                        + b.pairs + "): rename them so that the ids say nothing about the pairs");
            }
        }
    }

    private static boolean telling(String id) {
        String lower = id.toLowerCase(java.util.Locale.ROOT);
        if (TELLING_WORDS.contains(lower)) {
            return true;
        }
        for (String token : lower.split("[-_]")) {
            if (token.equals("correct") || token.equals("incorrect") || token.equals("wrong") || token.equals("answer")) {
                return true;
            }
        }
        return false;
    }

    /** Two ids named alike: equal, one a prefix of the other, or the same trailing number (l1 → r1). */
    private static boolean alike(String left, String right) {
        if (left.equals(right) || left.startsWith(right) || right.startsWith(left)) {
            return true;
        }
        String ln = left.replaceAll("^.*?(\\d+)$", "$1");
        String rn = right.replaceAll("^.*?(\\d+)$", "$1");
        return !ln.equals(left) && !rn.equals(right) && ln.equals(rn);
    }

    /** Alphabetical, with runs of digits compared as numbers (item2 before item10). */
    static int naturalOrder(String a, String b) {
        java.util.regex.Matcher ma = Pattern.compile("\\d+|\\D+").matcher(a);
        java.util.regex.Matcher mb = Pattern.compile("\\d+|\\D+").matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? new BigDecimal(x).compareTo(new BigDecimal(y)) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Mutable holder while a question is parsed; the record is built once at the end. */
    private static final class Builder {
        List<Choice> options = List.of();
        List<Choice> items = List.of();
        List<Choice> left = List.of();
        List<Choice> right = List.of();
        List<String> optionIds = List.of();
        List<String> accept = List.of();
        List<String> acceptAsWritten = List.of();
        Map<String, String> pairs = Map.of();
        Boolean truth;
        Pattern regex;
        BigDecimal number;
        BigDecimal tolerance;
        String unit;
        boolean partialCredit;
        boolean caseSensitive;
    }

    private String lessonOf(YamlNode q, QuestionContext ctx) {
        Optional<String> named = q.string("lesson").filter(s -> !s.isEmpty());
        if (ctx.quizFile().exam()) {
            if (named.isEmpty()) {
                q.problem("exam questions name the lesson they cover: add 'lesson: <lesson-slug>'");
                return null;
            }
            if (ctx.module().lesson(named.get()).isEmpty()) {
                q.get("lesson").orElseThrow().problem("unknown lesson '" + named.get() + "': module " + ctx.module().id()
                        + " has no such lesson");
                return null;
            }
            return named.get();
        }
        if (named.isPresent() && !named.get().equals(ctx.quizFile().lessonSlug())) {
            q.get("lesson").orElseThrow().problem("a lesson quiz only tests its own lesson '" + ctx.quizFile().lessonSlug()
                    + "': remove 'lesson' or move the question to an exam");
        }
        return ctx.quizFile().lessonSlug();
    }

    private void fill(YamlNode q, Builder b, String what) {
        b.caseSensitive = q.bool("caseSensitive").orElse(false);
        List<String> accept = q.stringList("accept");
        b.acceptAsWritten = List.copyOf(accept);
        b.accept = accept.stream().map(a -> TextNormalizer.normalize(a, b.caseSensitive)).distinct().toList();
        Optional<String> regex = q.string("regex").filter(s -> !s.isEmpty());
        if (regex.isPresent()) {
            try {
                int flags = Pattern.UNICODE_CASE | (b.caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
                b.regex = Pattern.compile(regex.get(), flags);
            } catch (PatternSyntaxException e) {
                q.get("regex").orElseThrow().problem("regex does not compile: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        if (accept.isEmpty() && regex.isEmpty()) {
            q.problem(what + " of type fill needs 'accept: [answers]' and/or 'regex'");
        }
        if (q.get("answer").isPresent()) {
            q.get("answer").orElseThrow().problem("fill questions list accepted answers under 'accept', not 'answer'");
        }
    }

    private void match(YamlNode q, Builder b, QuestionContext ctx, String what) {
        b.left = choices(q, "left", 2, 12, ctx);
        b.right = choices(q, "right", 2, 12, ctx);
        Optional<YamlNode> answer = q.get("answer");
        if (answer.isEmpty()) {
            missingAnswer(q, what);
            return;
        }
        if (!answer.get().isMapping()) {
            answer.get().problem("the answer of a match question is a mapping 'leftId: rightId'");
            return;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : answer.get().entries()) {
            String leftId = e.getKey().strip();
            Optional<String> rightId = e.getValue().scalar("a match answer").map(String::strip);
            if (rightId.isEmpty()) {
                continue;
            }
            requireChoice(e.getValue(), leftId, b.left, "left item");
            requireChoice(e.getValue(), rightId.get(), b.right, "right item");
            pairs.put(leftId, rightId.get());
        }
        // The keys must be the left items, each once; right items may repeat or be distractors.
        if (!b.left.isEmpty() && !pairs.keySet().equals(Set.copyOf(ids(b.left)))) {
            answer.get().problem("the answer of a match question must pair each left item " + ids(b.left)
                    + " exactly once (its keys are a permutation of the left ids), got " + List.copyOf(pairs.keySet()));
        }
        b.pairs = Map.copyOf(pairs);
    }

    private List<Choice> choices(YamlNode q, String key, int min, int max, QuestionContext ctx) {
        List<Choice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<YamlNode> list = q.list(key);
        if (q.get(key).isEmpty()) {
            q.problem("missing required field '" + key + "'");
            return List.of();
        }
        if (list.size() < min || list.size() > max) {
            q.get(key).orElseThrow().problem("'" + key + "' needs " + min + " to " + max + " entries, got " + list.size());
        }
        for (YamlNode c : list) {
            if (!c.expectMapping("each entry of '" + key + "' (id and text)")) {
                continue;
            }
            c.rejectUnknownKeys(CHOICE_FIELDS, "an entry of '" + key + "'");
            String id = c.requiredString("id", "an entry of '" + key + "'");
            if (id.isEmpty()) {
                continue;
            }
            if (!CHOICE_ID.matcher(id).matches()) {
                c.problem("id '" + id + "' must be letters, digits, '-' or '_' (at most 40)");
            }
            if (!seen.add(id)) {
                c.problem("duplicate id '" + id + "' in '" + key + "'");
                continue;
            }
            String html = inline(markdown(c, "text", ctx, true));
            out.add(new Choice(id, html));
        }
        return List.copyOf(out);
    }

    private List<String> idList(YamlNode q, List<Choice> choices, String what, String question) {
        Optional<YamlNode> answer = q.get("answer");
        if (answer.isEmpty()) {
            missingAnswer(q, question);
            return List.of();
        }
        if (!answer.get().isSequence()) {
            answer.get().problem("the answer must be a list of " + what + " ids, e.g. [a, c]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : answer.get().items()) {
            item.scalar("each answer id").map(String::strip).ifPresent(id -> {
                requireChoice(item, id, choices, what);
                if (out.contains(id)) {
                    item.problem("the answer names " + what + " '" + id + "' twice");
                } else {
                    out.add(id);
                }
            });
        }
        return List.copyOf(out);
    }

    private static void requireChoice(YamlNode at, String id, List<Choice> choices, String what) {
        if (choices.stream().noneMatch(c -> c.id().equals(id))) {
            at.problem("the answer names " + what + " '" + id + "', which does not exist (ids: " + ids(choices) + ")");
        }
    }

    private static void missingAnswer(YamlNode q, String what) {
        q.problem("missing required field 'answer' in " + what);
    }

    private static boolean sameSet(List<String> ids, List<Choice> choices) {
        return ids.size() == choices.size() && Set.copyOf(ids).equals(Set.copyOf(ids(choices)));
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }

    private static BigDecimal decimal(YamlNode q, String key) {
        Optional<YamlNode> node = q.get(key);
        Optional<String> text = node.flatMap(n -> n.scalar("'" + key + "'")).map(String::strip);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.get());
        } catch (NumberFormatException e) {
            node.get().problem("'" + key + "' must be a number, got '" + text.get() + "'");
            return null;
        }
    }

    /** Renders a Markdown field; lesson links inside it are checked against the course. */
    private String markdown(YamlNode node, String key, QuestionContext ctx, boolean required) {
        Optional<YamlNode> value = node.get(key);
        Optional<String> text = value.flatMap(v -> v.scalar("'" + key + "'"));
        if (text.isEmpty() || text.get().isBlank()) {
            if (required && value.map(YamlNode::isScalar).orElse(true)) {
                node.problem("missing required field '" + key + "'");
            }
            return "";
        }
        int offset = value.get().line();
        RenderedMarkdown rendered = renderer.render(text.get(),
                new RenderContext(ctx.course().id(), ctx.course().sourceBase(), ctx.file(), offset, ctx.problems()));
        for (LinkRef link : rendered.lessonLinks()) {
            ContentFiles.checkLink(ctx.file(), link, ctx.course()::lesson, ctx.problems());
        }
        return rendered.html().strip();
    }

    /** An option is usually one paragraph: drop its {@code <p>} so it sits inline in a label. */
    static String inline(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

}
