package academy.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the course content lives. */
@ConfigMapping(prefix = "academy.content")
public interface ContentConfig {

    /** Folder holding one sub-folder per course, relative to the working directory. */
    @WithDefault("courses")
    String coursesDir();

    /** Folder holding quizzes, laid out as {@code <course-id>/<module-id>/<lesson-slug>.yaml}. */
    @WithDefault("quizzes")
    String quizzesDir();
}
