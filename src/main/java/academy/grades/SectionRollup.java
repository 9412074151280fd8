package academy.grades;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.content.model.Course;
import academy.content.model.Lesson;
import academy.content.model.TocEntry;
import academy.quiz.content.Quiz;

/**
 * Item statistics rolled up to the lesson sections the questions test: per section the class's mean facility,
 * pooled over every response to its questions (Σ points / Σ max points, first attempt of each learner), so a
 * section with one much-answered question and one rarely-drawn exam question weighs them by responses.
 */
@ApplicationScoped
public class SectionRollup {

    /** One question testing a section, with its own facility in the class. */
    public record QuestionMark(Quiz quiz, QuizStatistics.QuestionRow row) {
    }

    /**
     * @param facility pooled mean facility 0..1, or null without responses
     * @param title    the section heading's text (the anchor if the heading is gone)
     */
    public record SectionMark(String moduleId, String lessonSlug, String lessonTitle, String anchor, String title, int responses,
            Double facility, List<QuestionMark> questions) {

        public String percentText() {
            return QuizStatistics.percent(facility);
        }

        /** Heat level for the colour scale: low (below 50%), mid (below 80%), high; none without data. */
        public String level() {
            if (facility == null) {
                return "none";
            }
            return facility < 0.5 ? "low" : facility < 0.8 ? "mid" : "high";
        }

        public String url(String courseId) {
            return "/courses/" + courseId + "/" + moduleId + "/" + lessonSlug + "#" + anchor;
        }
    }

    @Inject
    ClassData data;

    @Inject
    QuizStatistics statistics;

    /** Every section any question of the course tests, in course order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectionMark> sections(Course course, Collection<String> subjects) {
        return sections(course, data.quizzes(course), subjects);
    }

    /** The sections these quizzes' questions test, in quiz order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectionMark> sections(Course course, List<Quiz> quizzes, Collection<String> subjects) {
        Map<String, List<QuestionMark>> bySection = new LinkedHashMap<>();
        for (Quiz quiz : quizzes) {
            QuizStatistics.Report report = statistics.report(quiz, subjects, false);
            for (QuizStatistics.QuestionRow row : report.questions()) {
                String key = quiz.moduleId() + "/" + row.question().lessonSlug() + "#" + row.question().section();
                bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(new QuestionMark(quiz, row));
            }
        }
        List<SectionMark> out = new ArrayList<>();
        for (List<QuestionMark> qs : bySection.values()) {
            Quiz quiz = qs.get(0).quiz();
            String slug = qs.get(0).row().question().lessonSlug();
            String anchor = qs.get(0).row().question().section();
            Lesson lesson = course.module(quiz.moduleId()).flatMap(m -> m.lesson(slug)).orElse(null);
            String title = lesson == null ? anchor
                    : lesson.toc().stream().filter(t -> t.anchor().equals(anchor)).map(TocEntry::text).findFirst().orElse(anchor);
            double earned = 0;
            double possible = 0;
            int responses = 0;
            for (QuestionMark q : qs) {
                ItemStatistics.QuestionStats s = q.row().stats();
                if (s.facility() != null) {
                    double weight = (double) s.responses() * q.row().question().points();
                    earned += s.facility() * weight;
                    possible += weight;
                }
                responses += s.responses();
            }
            out.add(new SectionMark(quiz.moduleId(), slug, lesson == null ? slug : lesson.title(), anchor, title, responses,
                    possible == 0 ? null : earned / possible, List.copyOf(qs)));
        }
        return out;
    }

    /** Sections with responses, weakest first. */
    public static List<SectionMark> weakest(List<SectionMark> sections) {
        return sections.stream().filter(s -> s.facility() != null)
                .sorted(Comparator.comparingDouble(SectionMark::facility).thenComparing(SectionMark::lessonSlug)).toList();
    }
}
