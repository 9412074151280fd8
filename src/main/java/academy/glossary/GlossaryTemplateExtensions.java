package academy.glossary;

import java.util.List;
import java.util.Optional;

import academy.content.model.Course;
import academy.content.model.GlossaryTerm;
import academy.content.model.Lesson;
import io.quarkus.qute.TemplateExtension;

/** Template helpers for glossary terms. */
@TemplateExtension
public class GlossaryTemplateExtensions {

    /** The terms linked in a lesson's prose, for their hover/focus cards ({@code course.glossaryCards(lesson)}). */
    static List<GlossaryTerm> glossaryCards(Course course, Lesson lesson) {
        return lesson.glossaryTerms().stream().map(course::term).flatMap(Optional::stream).toList();
    }

    /** Lowercased names and definition, what the page's filter matches ({@code t.filterText}). */
    static String filterText(GlossaryTerm term) {
        return GlossaryPage.haystack(term);
    }
}
