package academy.content.model;

import java.util.List;

/** An ordered route through whole modules, e.g. beginner 01 → 03 → 05 → 06 → 07. */
public record LearningPath(
        String id,
        String title,
        String titleEn,
        String description,
        String descriptionEn,
        List<String> moduleIds) implements Bilingual {
}
