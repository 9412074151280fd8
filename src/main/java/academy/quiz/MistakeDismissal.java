package academy.quiz;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A learner's "I know this now" for one question of the 错题本; hides mistakes made up to {@link #dismissedAt}. */
@Entity
@Table(name = "quiz_mistake_dismissal")
public class MistakeDismissal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    public String subject;

    @NotBlank
    @Column(name = "quiz_id")
    public String quizId;

    @NotBlank
    @Column(name = "question_id")
    public String questionId;

    @NotNull
    @Column(name = "dismissed_at")
    public Instant dismissedAt;

    public static List<MistakeDismissal> forSubject(String subject) {
        return list("subject", subject);
    }
}
