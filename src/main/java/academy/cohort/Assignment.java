package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a lead assigned to a cohort: a path, modules or lessons, with a start date and per-module due dates. */
@Entity
@Table(name = "cohort_assignment")
public class Assignment extends PanacheEntityBase {

    public enum Kind {
        PATH, MODULE, LESSON
    }

    /** What counts as done for the lesson items. */
    public enum LessonRule {
        COMPLETED, QUIZ_PASSED
    }

    /** Due dates as calendar dates, or as days after each learner's own start. */
    public enum Schedule {
        ABSOLUTE, RELATIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cohort_id", nullable = false)
    public Long cohortId;

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Kind kind;

    /** Comma separated: the path id, module ids or {@code module/slug} lesson keys. */
    @Column(nullable = false, length = 4000)
    public String targets;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "lesson_rule", nullable = false, length = 20)
    public LessonRule lessonRule;

    @Column(name = "exam_required", nullable = false)
    public boolean examRequired;

    @Column(name = "exam_min_score")
    public Integer examMinScore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Schedule schedule;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Version
    public int version;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("moduleId")
    public List<AssignmentDue> dues = new ArrayList<>();

    public List<String> targetList() {
        return targets.isBlank() ? List.of() : Arrays.stream(targets.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean removed() {
        return removedAt != null;
    }
}
