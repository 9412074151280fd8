package academy.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * One question a learner reviews with spaced repetition: keyed by quiz id and question id, so it survives
 * edits of the quiz file and is always shown with the question's current text.
 */
@Entity
@Table(name = "review_card")
public class ReviewCard extends PanacheEntityBase {

    /** Why the card exists: a question missed in a quiz, or one the learner added. */
    public enum Source {
        MISSED, ADDED
    }

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

    @NotBlank
    @Column(name = "question_id")
    public String questionId;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Source source;

    @NotNull
    @Column(name = "created_at")
    public Instant createdAt;

    /** The calendar day (in the review zone) from which the card is due. */
    @NotNull
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** FSRS memory state; null until the first rating. */
    public Double stability;

    public Double difficulty;

    @Column(name = "last_review_at")
    public Instant lastReviewAt;

    public int reps;

    public int lapses;

    /** Author ids of the choices in the order of the current showing; null until shown. */
    @Size(max = 1000)
    @Column(name = "shown_order")
    public String shownOrder;

    /** The answer given on the review page (canonical JSON array), kept until the learner rates it. */
    @Size(max = 4000)
    @Column(name = "pending_response")
    public String pendingResponse;

    /** Whether that answer was fully right; null while no answer waits for a rating. */
    @Column(name = "pending_correct")
    public Boolean pendingCorrect;

    public boolean answered() {
        return pendingCorrect != null;
    }

    public boolean dueBy(LocalDate day) {
        return !dueOn.isAfter(day);
    }

    public List<String> shownIds() {
        return shownOrder == null || shownOrder.isEmpty() ? List.of() : Arrays.asList(shownOrder.split(","));
    }

    public Fsrs6.State state() {
        return stability == null || difficulty == null ? null : new Fsrs6.State(stability, difficulty);
    }

    public static List<ReviewCard> forSubject(String subject) {
        return list("subject", Sort.ascending("dueOn").and("id"), subject);
    }

    /** The learner's cards of one quiz, by question id. */
    public static java.util.Map<String, ReviewCard> forQuiz(String subject, String quizId) {
        java.util.Map<String, ReviewCard> out = new java.util.HashMap<>();
        ReviewCard.<ReviewCard>list("subject = ?1 and quizId = ?2", subject, quizId).forEach(c -> out.put(c.questionId, c));
        return out;
    }

    public static Optional<ReviewCard> find(String subject, String quizId, String questionId) {
        return find("subject = ?1 and quizId = ?2 and questionId = ?3", subject, quizId, questionId).firstResultOptional();
    }
}
