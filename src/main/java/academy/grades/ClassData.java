package academy.grades;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import academy.cohort.Cohort;
import academy.cohort.CohortMember;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.quiz.AttemptState;
import academy.quiz.QuizAttempt;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;

/**
 * What the instructor pages read: a class's current learners, their graded attempts, and a course's quizzes in
 * reading order. Read-only; every query is bounded by a quiz or course and a list of subjects.
 */
@ApplicationScoped
public class ClassData {

    /** A current learner of the class. */
    public record Learner(String subject, String username, String name, String email) {
    }

    @Inject
    academy.cohort.CohortProgress cohortProgress;

    @Inject
    EntityManager em;

    @Inject
    CourseCatalog courses;

    @Inject
    QuizCatalog quizzes;

    /** Learners in the cohort now (members who signed in at least once), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Learner> learners(Cohort cohort) {
        List<CohortMember> members = CohortMember.list("cohortId = ?1 and role = ?2 and leftAt is null and subject is not null",
                cohort.id, CohortMember.Role.LEARNER);
        Map<String, Learner> out = new LinkedHashMap<>();
        Map<String, String[]> names = cohortProgress.names(members.stream().map(m -> m.subject).toList());
        for (CohortMember m : members) {
            String[] n = names.getOrDefault(m.subject, new String[] { m.username, null });
            out.putIfAbsent(m.subject, new Learner(m.subject, m.username, n[0], n[1]));
        }
        List<Learner> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(Learner::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Learner::username));
        return list;
    }

    /**
     * Graded attempts at one quiz with their answers, by learner and attempt number; {@code subjects == null}
     * means every learner (the admin view without a class).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizAttempt> graded(String quizId, Collection<String> subjects) {
        if (subjects != null && subjects.isEmpty()) {
            return List.of();
        }
        String jpql = "select distinct a from QuizAttempt a left join fetch a.answers where a.quizId = :q and a.state = :s"
                + (subjects == null ? "" : " and a.subject in :subjects") + " order by a.subject, a.attemptNumber";
        var query = em.createQuery(jpql, QuizAttempt.class).setParameter("q", quizId).setParameter("s", AttemptState.FINISHED);
        if (subjects != null) {
            query.setParameter("subjects", subjects);
        }
        return query.getResultList();
    }

    /** Graded attempts of these learners at every quiz of a course (without answers), by learner, quiz, number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizAttempt> gradedInCourse(String courseId, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from QuizAttempt a where a.courseId = :c and a.state = :s and a.subject in :subjects "
                + "order by a.subject, a.quizId, a.attemptNumber", QuizAttempt.class)
                .setParameter("c", courseId).setParameter("s", AttemptState.FINISHED).setParameter("subjects", subjects)
                .getResultList();
    }

    /** The first graded attempt of each learner (the default of the statistics). */
    public static List<QuizAttempt> firstPerLearner(List<QuizAttempt> attempts) {
        Map<String, QuizAttempt> first = new LinkedHashMap<>();
        for (QuizAttempt a : attempts) {
            first.merge(a.subject, a, (x, y) -> x.attemptNumber <= y.attemptNumber ? x : y);
        }
        return List.copyOf(first.values());
    }

    /** The course's lesson quizzes and module exams in reading order: each module's lessons, then its exam. */
    public List<Quiz> quizzes(Course course) {
        List<Quiz> out = new ArrayList<>();
        for (CourseModule m : course.modules()) {
            for (Lesson l : m.lessons()) {
                quizzes.lessonQuiz(course.id(), m.id(), l.slug()).ifPresent(out::add);
            }
            quizzes.exam(course.id(), m.id()).ifPresent(out::add);
        }
        return out;
    }

    public List<Course> courses() {
        return courses.courses();
    }
}
