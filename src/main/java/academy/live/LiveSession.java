package academy.live;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A live classroom session of one class. {@link #questions} is the session's plan: the question ids in the order
 * they are asked, each with the order its options are shown in (drawn once, the same on every screen). The
 * {@link #version} makes two instructors' clicks (or two app instances) on the same session exclusive.
 */
@Entity
@Table(name = "live_session")
public class LiveSession extends PanacheEntityBase {

    public enum Phase {
        /** Joining; no question shown yet. */
        LOBBY,
        /** The current question takes answers (until its deadline, if timed). */
        QUESTION,
        /** The current question's answer and explanation are shown. */
        REVEALED,
        /** Over; results are kept. */
        ENDED
    }

    /** Leaderboard mode. */
    public enum Board {
        NONE,
        /** Ranked by correct answers only: no points for speed. */
        ACCURACY,
        /** Kahoot-style: a right answer earns 500–1000 points, more the sooner it comes. */
        SPEED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cohort_id", nullable = false)
    public Long cohortId;

    @Column(name = "host_subject", nullable = false)
    public String hostSubject;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    /** JSON: [{"q": questionId, "o": [author option ids in shown order]}, ...]. */
    @Column(nullable = false, length = 20000)
    public String questions;

    @Column(name = "join_code", nullable = false, length = 6)
    public String joinCode;

    /** The join code while the session runs; {@code null} once ended. */
    @Column(name = "open_code", length = 6)
    public String openCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Phase phase;

    /** Index into the plan of the question shown, -1 in the lobby. */
    @Column(name = "current_index", nullable = false)
    public int currentIndex;

    @Column(name = "timer_seconds")
    public Integer timerSeconds;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Board board;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column
    public Instant deadline;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    @Column(nullable = false)
    public int version;

    public boolean ended() {
        return phase == Phase.ENDED;
    }

    /** Questions whose answers are settled: those shown before the current one, and the current one once revealed or ended. */
    public int settled() {
        return phase == Phase.LOBBY ? 0 : phase == Phase.QUESTION ? currentIndex : currentIndex + 1;
    }
}
