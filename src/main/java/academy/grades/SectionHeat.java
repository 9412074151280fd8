package academy.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;

import academy.account.CurrentLearner;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.vertx.core.http.HttpServerRequest;

/**
 * Heat marks on a lesson for instructors ({@code inject:sectionHeat} in the lesson template): the mean facility
 * of the class on each section's questions (the lesson quiz and the module exam). The class is {@code ?class=}
 * or the first the instructor leads; everyone else, and a class the caller does not lead, gets no marks.
 */
@Named("sectionHeat")
@RequestScoped
public class SectionHeat {

    @Inject
    CurrentLearner account;

    @Inject
    ClassScope scope;

    @Inject
    CourseCatalog courses;

    @Inject
    QuizCatalog quizzes;

    @Inject
    SectionRollup rollup;

    @Inject
    HttpServerRequest request;

    private List<SectionRollup.SectionMark> marks;
    private ClassScope.Scope chosen;

    /** This lesson's sections with questions, in lesson order of their first question. */
    public List<SectionRollup.SectionMark> lesson(String courseId, String moduleId, String lessonSlug) {
        if (marks == null) {
            marks = load(courseId, moduleId, lessonSlug);
        }
        return marks;
    }

    /** The mark of one heading, or null. */
    public SectionRollup.SectionMark mark(String courseId, String moduleId, String lessonSlug, String anchor) {
        return lesson(courseId, moduleId, lessonSlug).stream().filter(m -> m.anchor().equals(anchor)).findFirst().orElse(null);
    }

    /** Whether the signed-in user may see instructor pages (links to statistics on quiz pages). */
    public boolean teaches() {
        return account.signedIn() && scope.mayTeach();
    }

    /** The class the marks are for, or null for everyone (admins) or no marks. */
    public String className() {
        return chosen == null || chosen.cohort() == null ? null : chosen.cohort().name;
    }

    private List<SectionRollup.SectionMark> load(String courseId, String moduleId, String lessonSlug) {
        if (!account.signedIn() || !scope.mayTeach()) {
            return List.of();
        }
        Optional<Course> course = courses.course(courseId);
        if (course.isEmpty()) {
            return List.of();
        }
        try {
            chosen = scope.resolve(request.getParam("class"), true);
        } catch (NotFoundException e) {
            return List.of(); // a class the caller does not lead: the lesson itself is still shown
        }
        if (chosen == null) {
            return List.of();
        }
        List<Quiz> list = new ArrayList<>();
        quizzes.lessonQuiz(courseId, moduleId, lessonSlug).ifPresent(list::add);
        quizzes.exam(courseId, moduleId).ifPresent(list::add);
        return rollup.sections(course.get(), list, chosen.subjects()).stream()
                .filter(m -> m.moduleId().equals(moduleId) && m.lessonSlug().equals(lessonSlug)).toList();
    }
}
