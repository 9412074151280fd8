package academy.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lesson the learner finished; at most one per learner and lesson (unique key in V1). */
@Entity
@Table(name = "lesson_completion")
public class LessonCompletion extends PanacheEntityBase {

    /** How the lesson was completed. */
    public enum Source {
        /** The learner pressed "mark complete". */
        MANUAL,
        /** The learner passed the lesson's quiz. */
        QUIZ
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String subject;

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(name = "module_id", nullable = false)
    public String moduleId;

    @Column(name = "lesson_slug", nullable = false)
    public String lessonSlug;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public Source source;

    static boolean exists(String subject, String courseId, String moduleId, String lessonSlug) {
        return count("subject = ?1 and courseId = ?2 and moduleId = ?3 and lessonSlug = ?4",
                subject, courseId, moduleId, lessonSlug) > 0;
    }
}
