package academy.cohort;

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

/**
 * One membership period of a person in a cohort, as learner or lead. Leaving sets {@link #leftAt} and clears
 * {@link #openSlot}; the row stays as history.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends PanacheEntityBase {

    public enum Role {
        LEARNER, LEAD
    }

    /** Where the membership comes from: the identity provider's groups claim, or an admin in the app. */
    public enum Source {
        GROUP, MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cohort_id", nullable = false)
    public Long cohortId;

    /** The OIDC subject; {@code null} while a member added by username has not signed in yet. */
    public String subject;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Role role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Source source;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "open_slot")
    public String openSlot;

    public boolean open() {
        return leftAt == null;
    }

    public boolean pending() {
        return subject == null;
    }

    /** The value that makes an open membership unique: by subject once known, else by username. */
    static String slot(long cohortId, Role role, String subject, String username) {
        return cohortId + "|" + role + "|" + (subject != null ? "s:" + subject : "u:" + username.toLowerCase(java.util.Locale.ROOT));
    }

    void leave(Instant at) {
        leftAt = at;
        openSlot = null;
    }
}
