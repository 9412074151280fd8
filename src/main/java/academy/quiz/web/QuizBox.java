package academy.quiz.web;

import academy.quiz.content.Quiz;

/**
 * The quiz panel of a lesson or module page and the head of the quiz start page.
 *
 * @param loginUrl      where an anonymous learner logs in and comes back
 * @param best          best score in percent, or null before the first graded attempt
 * @param latest        score of the latest graded attempt, or null
 * @param openAttempt   URL of the learner's attempt in progress, or null
 * @param attemptsLeft  false once {@code maxAttempts} graded or open attempts exist
 * @param pathQuery     {@code ?path=<id>} of the learning path being followed (from the page's URL), or ""
 */
public record QuizBox(Quiz quiz, boolean loggedIn, String loginUrl, Integer best, Integer latest, int attemptsUsed,
        boolean passed, String openAttempt, boolean attemptsLeft, String pathQuery) {

    public boolean taken() {
        return best != null;
    }
}
