package academy.content.model;

/** Identifies a lesson across the course: module id and lesson slug, written {@code 05-controller/informer}. */
public record LessonKey(String moduleId, String slug) {

    public static LessonKey parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        return new LessonKey(text.substring(0, slash).trim(), text.substring(slash + 1).trim());
    }

    @Override
    public String toString() {
        return moduleId + "/" + slug;
    }
}
