package academy.quiz;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One question of an attempt: which question, the order its options were shown in (so review shows
 * what the learner saw even after the quiz file changes), the response and the points it earned.
 */
@Entity
@Table(name = "quiz_attempt_answer")
public class QuizAttemptAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    public QuizAttempt attempt;

    /** 1-based position of the question in the attempt. */
    @Column(name = "question_no")
    public int questionNumber;

    @NotBlank
    @Column(name = "question_id")
    public String questionId;

    /** Option, item or right-column ids in the order shown, comma-separated; empty for free input. */
    @Size(max = 1000)
    @Column(name = "shown_order")
    public String shownOrder = "";

    /** The canonical response as a JSON array of strings; null while unanswered. */
    @Size(max = 4000)
    public String response;

    /** The answer saved while the attempt is open, canonical like {@link #response}; null when none. */
    @Size(max = 4000)
    public String draft;

    @Column(name = "draft_saved_at")
    public java.time.Instant draftSavedAt;

    public Double points;

    @Column(name = "max_points")
    public int maxPoints;

    public Boolean correct;

    public List<String> shownIds() {
        return shownOrder == null || shownOrder.isEmpty() ? List.of() : Arrays.asList(shownOrder.split(","));
    }
}
