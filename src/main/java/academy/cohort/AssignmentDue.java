package academy.cohort;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The due date of one module of an assignment: a date, or days after the learner's start. */
@Entity
@Table(name = "assignment_due")
public class AssignmentDue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    public Assignment assignment;

    @Column(name = "module_id", nullable = false)
    public String moduleId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "offset_days")
    public Integer offsetDays;
}
