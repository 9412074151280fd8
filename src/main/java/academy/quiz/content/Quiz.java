package academy.quiz.content;

import java.util.List;
import java.util.Optional;

/**
 * A lesson quiz or a module exam, loaded and validated once at startup.
 *
 * @param lessonSlug       the lesson of a lesson quiz, or {@code null} for the module exam
 * @param draw             questions asked per attempt, drawn from the pool; 0 asks every question
 * @param timeLimitMinutes limit per attempt, or null for none
 * @param maxAttempts      attempts allowed per learner, or null for unlimited
 * @param contentHash      hash of the quiz file, stored with every attempt graded against it
 * @param file             the quiz file as shown in content problems
 */
public record Quiz(
        String id,
        String courseId,
        String moduleId,
        String lessonSlug,
        String title,
        String titleEn,
        int passMark,
        boolean shuffle,
        int draw,
        Integer timeLimitMinutes,
        Integer maxAttempts,
        List<Question> questions,
        String contentHash,
        String file) implements academy.content.model.Bilingual {

    public boolean exam() {
        return lessonSlug == null;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** How many questions an attempt asks. */
    public int questionCount() {
        return draw > 0 ? draw : questions.size();
    }

    /** The page where the quiz is started. */
    public String url() {
        return "/courses/" + courseId + "/" + moduleId + (exam() ? "/exam" : "/" + lessonSlug + "/quiz");
    }

    /** Link to a section of a lesson this quiz covers. */
    public String sectionUrl(Question question) {
        return "/courses/" + courseId + "/" + moduleId + "/" + question.lessonSlug() + "#" + question.section();
    }
}
