package academy.glossary;

import java.util.List;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;

/** The glossary terms a module introduces, as listed on {@code /glossary}. */
public record GlossaryGroup(Course course, CourseModule module, List<GlossaryTerm> terms) {
}
