package academy.content;

import java.util.List;

import academy.content.model.Course;

/** Fired once the content is loaded and valid, for work built from it at startup (e.g. the search index). */
public record ContentLoaded(List<Course> courses) {
}
