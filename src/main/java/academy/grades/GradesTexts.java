package academy.grades;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.cohort.CohortProgress;
import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The {@code grd:} messages in this request's UI language, and times as instructors enter them (the cohort zone). */
@Named("gradesTexts")
@RequestScoped
public class GradesTexts {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Ui ui;

    @Inject
    GradesMessages chinese;

    @Inject
    @Localized("en")
    GradesMessages english;

    @Inject
    CohortProgress progress;

    public GradesMessages messages() {
        return ui.en() ? english : chinese;
    }

    public ZoneId zone() {
        return progress.zone();
    }

    public Instant now() {
        return Instant.now();
    }

    /** yyyy-MM-dd HH:mm in the cohort zone, or "" for null. */
    public String time(Instant at) {
        return at == null ? "" : MINUTE.withZone(zone()).format(at);
    }

    /** The value of a datetime-local input: yyyy-MM-ddTHH:mm in the cohort zone. */
    public String inputTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone()).format(at);
    }
}
