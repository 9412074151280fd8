package academy.content.render;

import academy.content.model.LessonKey;

/** A {@code lesson:} link found while rendering, checked against the catalog once all lessons are loaded. */
public record LinkRef(LessonKey target, String anchor, int line) {
}
