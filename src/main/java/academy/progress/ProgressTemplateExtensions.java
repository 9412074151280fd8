package academy.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for progress pages. */
@TemplateExtension
public class ProgressTemplateExtensions {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A timestamp as learners read it: date and minute in the server's time zone. */
    static String shortTime(Instant at) {
        return at == null ? "" : SHORT.format(at);
    }
}
