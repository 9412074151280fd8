package academy.live;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One learner's answer to one question of a live session, graded on the server when it arrives. */
@Entity
@Table(name = "live_answer")
public class LiveAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "question_index", nullable = false)
    public int questionIndex;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(nullable = false)
    public String subject;

    /** The response in author ids, comma-separated (choice ids never contain commas), or true/false. */
    @Column(nullable = false, length = 2000)
    public String response;

    @Column(nullable = false)
    public boolean correct;

    /** Fraction of the question's points earned (partial credit on multiple choice). */
    @Column(nullable = false)
    public double score;

    /** Leaderboard points in speed mode; 0 otherwise. */
    @Column(nullable = false)
    public int points;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
