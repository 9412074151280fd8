package academy.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A module whose exam the learner passed; at most one per learner and module, keeping the best score. */
@Entity
@Table(name = "module_mastery")
public class ModuleMastery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String subject;

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(name = "module_id", nullable = false)
    public String moduleId;

    @Column(name = "mastered_at", nullable = false)
    public Instant masteredAt;

    @Column(name = "score_percent", nullable = false)
    public int scorePercent;

    static ModuleMastery find(String subject, String courseId, String moduleId) {
        return find("subject = ?1 and courseId = ?2 and moduleId = ?3", subject, courseId, moduleId).firstResult();
    }
}
