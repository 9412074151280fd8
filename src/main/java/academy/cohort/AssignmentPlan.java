package academy.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.content.model.QuizFile;

/**
 * The schedule rules, free of the database: which items an assignment asks for, and when each is due for
 * a learner. Items are recomputed from the immutable course on every read, so an assignment of a path picks
 * up lessons added to it later, and editing an assignment never touches anyone's progress (progress is
 * the learner's own record, not the assignment's).
 */
public final class AssignmentPlan {

    /** Days between module deadlines when a lead leaves a module's due date blank. */
    public static final int DEFAULT_DAYS_PER_MODULE = 7;

    private final Course course;
    private final Assignment assignment;
    private final List<PlanItem> items;
    private final List<String> modules;
    private final Map<String, AssignmentDue> dues;

    public AssignmentPlan(Course course, Assignment assignment) {
        this.course = course;
        this.assignment = assignment;
        this.modules = modulesOf(course, assignment);
        this.items = itemsOf(course, assignment, modules);
        this.dues = assignment.dues.stream().collect(Collectors.toMap(d -> d.moduleId, Function.identity(), (a, b) -> a));
    }

    public Assignment assignment() {
        return assignment;
    }

    public Course course() {
        return course;
    }

    public List<PlanItem> items() {
        return items;
    }

    /** The modules the assignment touches, in course order. */
    public List<String> modules() {
        return modules;
    }

    /**
     * The day a learner's schedule starts: the assignment's start date, or the day they joined the cohort if
     * that is later (a late joiner gets their own schedule under a relative plan).
     */
    public LocalDate learnerStart(LocalDate joined) {
        return joined != null && joined.isAfter(assignment.startDate) ? joined : assignment.startDate;
    }

    /**
     * When the module's items are due for a learner whose own start is {@code learnerStart}. A module whose
     * due date was left blank is due {@value #DEFAULT_DAYS_PER_MODULE} days after the previous module's.
     */
    public LocalDate due(String moduleId, LocalDate learnerStart) {
        LocalDate previous = assignment.schedule == Assignment.Schedule.RELATIVE ? learnerStart : assignment.startDate;
        for (String m : modules) {
            AssignmentDue due = dues.get(m);
            LocalDate date;
            if (assignment.schedule == Assignment.Schedule.ABSOLUTE && due != null && due.dueDate != null) {
                date = due.dueDate;
            } else if (assignment.schedule == Assignment.Schedule.RELATIVE && due != null && due.offsetDays != null) {
                date = learnerStart.plusDays(due.offsetDays);
            } else {
                date = previous.plusDays(DEFAULT_DAYS_PER_MODULE);
            }
            if (m.equals(moduleId)) {
                return date;
            }
            previous = date;
        }
        return null;
    }

    /** The last due date of the assignment for that learner. */
    public LocalDate finalDue(LocalDate learnerStart) {
        return modules.isEmpty() ? learnerStart : due(modules.get(modules.size() - 1), learnerStart);
    }

    static List<String> modulesOf(Course course, Assignment a) {
        Set<String> wanted = new LinkedHashSet<>();
        switch (a.kind) {
            case PATH -> course.path(a.targets.trim()).ifPresent(p -> wanted.addAll(p.moduleIds()));
            case MODULE -> wanted.addAll(a.targetList());
            case LESSON -> a.targetList().forEach(k -> keyOf(k).ifPresent(key -> wanted.add(key.moduleId())));
        }
        // course order for MODULE and LESSON; path order for PATH (paths define their own order)
        if (a.kind == Assignment.Kind.PATH) {
            return wanted.stream().filter(m -> course.module(m).isPresent()).toList();
        }
        return course.modules().stream().map(CourseModule::id).filter(wanted::contains).toList();
    }

    static List<PlanItem> itemsOf(Course course, Assignment a, List<String> modules) {
        Set<LessonKey> chosen = a.kind == Assignment.Kind.LESSON
                ? a.targetList().stream().map(AssignmentPlan::keyOf).flatMap(Optional::stream).collect(Collectors.toSet())
                : null;
        List<PlanItem> out = new ArrayList<>();
        for (String moduleId : modules) {
            CourseModule module = course.module(moduleId).orElseThrow();
            for (Lesson lesson : module.lessons()) {
                if (chosen != null && !chosen.contains(lesson.key())) {
                    continue;
                }
                Optional<QuizFile> quiz = course.lessonQuiz(lesson.key());
                boolean byQuiz = a.lessonRule == Assignment.LessonRule.QUIZ_PASSED && quiz.isPresent();
                out.add(new PlanItem("L:" + lesson.key(), module.number() + "." + lesson.number(), moduleId, lesson.key(), lesson.title(),
                        byQuiz ? PlanItem.Rule.LESSON_QUIZ_PASSED : PlanItem.Rule.LESSON_COMPLETED,
                        byQuiz ? quiz.get().id() : null, null));
            }
            if (a.examRequired && a.kind != Assignment.Kind.LESSON) {
                course.exam(moduleId).ifPresent(exam -> out.add(new PlanItem("E:" + moduleId, module.number() + " ✎", moduleId, null,
                        module.title(), PlanItem.Rule.EXAM_PASSED, exam.id(), a.examMinScore)));
            }
        }
        return List.copyOf(out);
    }

    static Optional<LessonKey> keyOf(String text) {
        try {
            return Optional.ofNullable(LessonKey.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
