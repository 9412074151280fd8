package academy.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;
import academy.search.SearchRequest;
import academy.search.SearchTexts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /glossary?q=}: every glossary term, grouped by the module of the lesson that introduces it, in
 * course order. {@code q} filters on the server (names and definition, ignoring case); the page's own
 * script filters the same way as one types.
 */
@Path("/glossary")
@Produces(MediaType.TEXT_HTML)
public class GlossaryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance glossary(List<GlossaryGroup> groups, String q, int total, int shown);
    }

    @Inject
    CourseCatalog catalog;

    @Inject
    SearchTexts texts;

    @GET
    public TemplateInstance glossary(@QueryParam("q") String q) {
        String filter = q == null ? "" : q.strip();
        if (filter.length() > SearchRequest.MAX_QUERY) {
            throw new BadRequestException(texts.messages().too_long(SearchRequest.MAX_QUERY));
        }
        List<GlossaryGroup> groups = new ArrayList<>();
        int total = 0;
        int shown = 0;
        for (Course course : catalog.courses()) {
            total += course.glossary().size();
            for (CourseModule module : course.modules()) {
                List<GlossaryTerm> terms = course.glossary().stream()
                        .filter(t -> t.lesson().moduleId().equals(module.id()))
                        .filter(t -> matches(t, filter))
                        .toList();
                if (!terms.isEmpty()) {
                    groups.add(new GlossaryGroup(course, module, terms));
                    shown += terms.size();
                }
            }
        }
        return Templates.glossary(groups, filter, total, shown);
    }

    /** The text a term is filtered by: its names and definition, lowercased (also the page script's data). */
    static String haystack(GlossaryTerm t) {
        return (String.join(" ", t.names()) + " " + t.definition()).toLowerCase(Locale.ROOT);
    }

    static boolean matches(GlossaryTerm t, String filter) {
        return filter.isEmpty() || haystack(t).contains(filter.toLowerCase(Locale.ROOT));
    }
}
