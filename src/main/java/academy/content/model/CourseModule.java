package academy.content.model;

import java.util.List;
import java.util.Optional;

/**
 * A module of the course with its lessons in order; a module may have no lessons yet.
 *
 * @param plannedTitles titles of lessons still to be written ({@code planned} in module.yaml), shown while it has none
 * @param related       lessons elsewhere to read meanwhile ({@code related} in module.yaml)
 */
public record CourseModule(
        String id,
        int order,
        String title,
        String titleEn,
        String summary,
        int plannedLessons,
        List<String> plannedTitles,
        List<LessonKey> related,
        List<Lesson> lessons) implements Bilingual {

    public boolean comingSoon() {
        return lessons.isEmpty();
    }

    /** Module number as shown to learners, e.g. "05". */
    public String number() {
        return id.substring(0, 2);
    }

    public Optional<Lesson> lesson(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
