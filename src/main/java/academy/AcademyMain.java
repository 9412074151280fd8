package academy;

import jakarta.inject.Inject;

import academy.content.CourseCatalog;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The application's main: runs until stopped, except that invalid content (already reported, file by
 * file, by {@link CourseCatalog}) ends it at once with exit code 2 through Quarkus' orderly shutdown.
 */
@QuarkusMain
public class AcademyMain implements QuarkusApplication {

    /** Exit code for content that fails validation, documented in the README. */
    public static final int INVALID_CONTENT = 2;

    @Inject
    CourseCatalog catalog;

    @Override
    public int run(String... args) {
        if (catalog.invalid()) {
            return INVALID_CONTENT;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
