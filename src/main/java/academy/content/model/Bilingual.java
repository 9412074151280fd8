package academy.content.model;

/** Content with a Chinese title and an optional English one for the English interface. */
public interface Bilingual {

    String title();

    /** May be null or blank: the Chinese title is shown then. */
    String titleEn();
}
