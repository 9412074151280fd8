package academy.cohort;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named group of learners with one or more leads; mirrors an identity-provider group when {@link #groupPath} is set. */
@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    /** Full group path (e.g. {@code /onboarding/2026-q4}) for cohorts synced from the {@code groups} claim. */
    @Column(name = "group_path", length = 500)
    public String groupPath;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public boolean synced() {
        return groupPath != null;
    }
}
