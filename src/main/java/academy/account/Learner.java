package academy.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone who signed in. The OIDC subject is the key: usernames and emails may change in Keycloak. */
@Entity
@Table(name = "learner")
public class Learner extends PanacheEntityBase {

    @Id
    @NotBlank
    @Size(max = 255)
    public String subject;

    @Size(max = 255)
    public String username;

    @Size(max = 255)
    @Column(name = "display_name")
    public String displayName;

    @Size(max = 320)
    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at", nullable = false)
    public Instant lastLoginAt;

    /** Hash of the groups claim last reconciled into cohort memberships (see {@code academy.cohort.CohortSync}). */
    @Size(max = 64)
    @Column(name = "groups_hash")
    public String groupsHash;

    /** Course of {@link #followingPath}. */
    @Size(max = 100)
    @Column(name = "following_course")
    public String followingCourse;

    /** The learning path this learner follows now (a path id of {@link #followingCourse}), or null. */
    @Size(max = 100)
    @Column(name = "following_path")
    public String followingPath;

    /**
     * Goes up by one in the same transaction as every change to the learner's progress (visits, completions,
     * attempts), so a reader can tell whether what it loaded earlier is still current. Only ever written by
     * {@link #progressChanged}, never by an entity flush (a stale entity would write an old value back).
     */
    @Column(name = "progress_stamp", insertable = false, updatable = false)
    public long progressStamp;

    /** The learner's progress stamp as stored now (never the entity's cached copy), or null without a row. */
    public static Long stampOf(String subject) {
        return getEntityManager().createQuery("select l.progressStamp from Learner l where l.subject = ?1", Long.class)
                .setParameter(1, subject).getResultStream().findFirst().orElse(null);
    }

    /** Marks the learner's progress changed; call inside the transaction that changes it. */
    public static void progressChanged(String subject) {
        update("progressStamp = progressStamp + 1 where subject = ?1", subject);
    }
}
