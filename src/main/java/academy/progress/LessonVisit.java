package academy.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a learner last opened a lesson: one row per learner and lesson, updated on every visit. */
@Entity
@Table(name = "lesson_visit")
public class LessonVisit extends PanacheEntityBase {

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

    @Column(name = "first_visited_at", nullable = false)
    public Instant firstVisitedAt;

    @Column(name = "last_visited_at", nullable = false)
    public Instant lastVisitedAt;

    static LessonVisit find(String subject, String courseId, String moduleId, String lessonSlug) {
        return find("subject = ?1 and courseId = ?2 and moduleId = ?3 and lessonSlug = ?4",
                subject, courseId, moduleId, lessonSlug).firstResult();
    }
}
