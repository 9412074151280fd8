package academy.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * One learner's attempt at a quiz: what was asked (its answers' snapshot), when, and, once graded,
 * the score. Learners are identified by their OIDC subject only.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    public String subject;

    @NotBlank
    @Column(name = "course_id")
    public String courseId;

    @NotBlank
    @Column(name = "quiz_id")
    public String quizId;

    /** Hash of the quiz file this attempt was drawn from and graded against. */
    @NotBlank
    @Column(name = "content_hash")
    public String contentHash;

    @Positive
    @Column(name = "attempt_no")
    public int attemptNumber;

    /** Unguessable id used in URLs; the owner check still applies. */
    @NotBlank
    public String token;

    @NotNull
    @Enumerated(EnumType.STRING)
    public AttemptState state;

    /** "quiz|subject" while in progress, null once graded: a unique key, so one open attempt per learner and quiz. */
    @Column(name = "open_slot")
    public String openSlot;

    @NotNull
    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "deadline_at")
    public Instant deadlineAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "max_points")
    public int maxPoints;

    @Column(name = "score_points")
    public Double scorePoints;

    @Column(name = "score_percent")
    public Integer scorePercent;

    public Boolean passed;

    /** Submitted after the time limit: graded as of the limit. */
    public boolean late;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("questionNumber")
    public List<QuizAttemptAnswer> answers = new ArrayList<>();

    public boolean finished() {
        return state == AttemptState.FINISHED;
    }

    public static Optional<QuizAttempt> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    public static List<QuizAttempt> forQuiz(String subject, String quizId) {
        return list("subject = ?1 and quizId = ?2", Sort.ascending("attemptNumber"), subject, quizId);
    }

    public static List<QuizAttempt> forSubject(String subject) {
        return list("subject", Sort.descending("startedAt").and("id", Sort.Direction.Descending), subject);
    }

    public static List<QuizAttempt> latestForSubject(String subject, int limit) {
        return find("subject", Sort.descending("startedAt").and("id", Sort.Direction.Descending), subject).page(0, limit).list();
    }

    public static int lastNumber(String subject, String quizId) {
        Integer max = find("select max(a.attemptNumber) from QuizAttempt a where a.subject = ?1 and a.quizId = ?2", subject, quizId)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max;
    }
}
