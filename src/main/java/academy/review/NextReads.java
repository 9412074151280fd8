package academy.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.content.model.TocEntry;
import academy.progress.CourseProgress;
import academy.progress.ProgressView;
import academy.quiz.content.Question;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.web.Ui;

/**
 * "What to read next" for the signed-in learner ({@code inject:nextReads}), on the lesson page and /me:
 * the next unfinished lesson of their path, unfinished prerequisites of the current lesson, and the
 * sections their latest quiz attempts show them weakest in. Each comes with the reason it is recommended.
 */
@Named("nextReads")
@RequestScoped
public class NextReads {

    static final int WEAK_SHOWN = 3;

    @Inject
    CurrentLearner account;

    @Inject
    CourseCatalog catalog;

    @Inject
    QuizCatalog quizzes;

    @Inject
    ReviewService reviews;

    @Inject
    ProgressView progress;

    @Inject
    ReviewTexts texts;

    @Inject
    Ui ui;

    private List<WeakSection> weak;

    record WeakSection(Course course, CourseModule module, Lesson lesson, String anchor, String heading, int missed) {
    }

    /** For the lesson page: {@code path} is the path being followed, or null to use the learner's own. */
    public List<Recommendation> forLesson(Course course, Lesson lesson, LearningPath path) {
        if (!account.signedIn()) {
            return List.of();
        }
        CourseProgress p = progress.of(course);
        Map<String, Recommendation> out = new LinkedHashMap<>();
        prerequisites(course, lesson, p, out);
        LearningPath followed = path != null ? path : pathOf(course, p);
        if (followed != null) {
            course.pathLessons(followed).stream().filter(l -> !p.done(l) && !l.key().equals(lesson.key())).findFirst()
                    .ifPresent(l -> put(out, new Recommendation("path", l.title(), url(course, l, followed),
                            texts.messages().reason_path_next(ui.title(followed)))));
        }
        weakSections(out);
        return List.copyOf(out.values());
    }

    /** For /me: the learner's path in each course, the lesson read last, and the weak sections. */
    public List<Recommendation> forMe() {
        if (!account.signedIn()) {
            return List.of();
        }
        Map<String, Recommendation> out = new LinkedHashMap<>();
        for (Course course : catalog.courses()) {
            CourseProgress p = progress.of(course);
            LearningPath path = pathOf(course, p);
            if (path != null) {
                Lesson next = p.next(path);
                if (next != null) {
                    put(out, new Recommendation("path", next.title(), url(course, next, path),
                            texts.messages().reason_path_next(ui.title(path))));
                }
            }
            p.recentlyVisited(1).stream().findFirst().ifPresent(v -> prerequisites(course, v.lesson(), p, out));
        }
        weakSections(out);
        return List.copyOf(out.values());
    }

    private void prerequisites(Course course, Lesson lesson, CourseProgress p, Map<String, Recommendation> out) {
        for (var key : lesson.prerequisites()) {
            course.lesson(key).filter(l -> !p.done(l)).ifPresent(l -> put(out,
                    new Recommendation("prerequisite", l.title(), url(course, l, null), texts.messages().reason_prerequisite(lesson.title()))));
        }
    }

    private void weakSections(Map<String, Recommendation> out) {
        for (WeakSection w : weak()) {
            String title = w.heading() == null ? w.lesson().title() : w.lesson().title() + " · " + w.heading();
            put(out, new Recommendation("weak", title,
                    "/courses/" + w.course().id() + "/" + w.module().id() + "/" + w.lesson().slug() + "#" + w.anchor(),
                    texts.messages().reason_weak(w.missed())));
        }
    }

    /**
     * Wrong answers of the latest graded attempt of each quiz, grouped by the section anchor each question
     * points into; the sections with the most misses first.
     */
    List<WeakSection> weak() {
        if (weak != null) {
            return weak;
        }
        Map<String, WeakSection> sections = new LinkedHashMap<>();
        for (ReviewService.Miss miss : reviews.latestMisses(account.subject())) {
            Optional<Quiz> quiz = quizzes.quiz(miss.quizId());
            Optional<Course> course = catalog.course(miss.courseId());
            Optional<Question> q = quiz.flatMap(x -> x.question(miss.questionId()));
            if (q.isEmpty() || course.isEmpty() || q.get().section() == null) {
                continue;
            }
            Optional<CourseModule> module = course.get().module(quiz.get().moduleId());
            Optional<Lesson> lesson = module.flatMap(m -> m.lesson(q.get().lessonSlug()));
            if (lesson.isEmpty()) {
                continue;
            }
            String anchor = q.get().section();
            String key = course.get().id() + "/" + lesson.get().key() + "#" + anchor;
            WeakSection before = sections.get(key);
            String heading = lesson.get().toc().stream().filter(t -> t.anchor().equals(anchor)).map(TocEntry::text)
                    .findFirst().orElse(null);
            sections.put(key, new WeakSection(course.get(), module.get(), lesson.get(), anchor, heading,
                    before == null ? 1 : before.missed() + 1));
        }
        List<WeakSection> sorted = new ArrayList<>(sections.values());
        sorted.sort(Comparator.comparingInt(WeakSection::missed).reversed());
        weak = List.copyOf(sorted.subList(0, Math.min(WEAK_SHOWN, sorted.size())));
        return weak;
    }

    /** The learner's path: the started, unfinished path they are furthest along; none before they start one. */
    static LearningPath pathOf(Course course, CourseProgress p) {
        LearningPath best = null;
        int bestPercent = -1;
        for (LearningPath path : course.paths()) {
            var ratio = p.path(path);
            if (ratio.started() && !ratio.complete() && ratio.percent() > bestPercent) {
                best = path;
                bestPercent = ratio.percent();
            }
        }
        return best;
    }

    private static String url(Course course, Lesson lesson, LearningPath path) {
        return "/courses/" + course.id() + "/" + lesson.moduleId() + "/" + lesson.slug() + (path == null ? "" : "?path=" + path.id());
    }

    private static void put(Map<String, Recommendation> out, Recommendation r) {
        String key = r.url().replaceFirst("\\?path=[^#]*", "");
        out.putIfAbsent(key, r);
    }
}
