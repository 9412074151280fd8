package academy.content;

import java.util.List;

import academy.content.model.Course;

/**
 * A later stage of content loading (e.g. quiz parsing) that validates against the loaded courses and
 * reports into the same problem list, so the startup report stays one complete list.
 */
public interface ContentExtension {

    void load(List<Course> courses, ContentProblems problems);
}
