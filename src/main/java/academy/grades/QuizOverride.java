package academy.grades;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Extra time, extra attempts or an open/close window for one quiz, set in a class: for the whole class
 * ({@link #subject} null) or for one of its learners. Limits: null = not overridden, 0 = no limit.
 */
@Entity
@Table(name = "quiz_override")
public class QuizOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cohort_id", nullable = false)
    public Long cohortId;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    /** The learner it applies to; null for the whole class. */
    public String subject;

    @Column(name = "time_limit_minutes")
    public Integer timeLimitMinutes;

    @Column(name = "max_attempts")
    public Integer maxAttempts;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean forLearner() {
        return subject != null;
    }

    public OverridePolicy.Setting setting() {
        return new OverridePolicy.Setting(timeLimitMinutes, maxAttempts, opensAt, closesAt);
    }
}
