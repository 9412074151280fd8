package academy.quiz.grading;

/**
 * Points a response earned.
 *
 * @param correct full marks; partial credit is not "correct" and lands in the mistakes list
 */
public record QuestionScore(double points, int maxPoints, boolean correct) {

    static QuestionScore of(double points, int max) {
        double clamped = Math.max(0, Math.min(max, points));
        return new QuestionScore(clamped, max, Math.abs(clamped - max) < 1e-9);
    }
}
