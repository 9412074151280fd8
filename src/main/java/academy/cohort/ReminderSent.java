package academy.cohort;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder claimed (and sent); its unique key makes every reminder go out once. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "reminder_key", nullable = false, length = 700)
    public String reminderKey;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(nullable = false, length = 20)
    public String kind;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
