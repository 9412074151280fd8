package academy.quiz.web;

import java.util.List;

/**
 * A graded question as shown on the result page. HTML fields are sanitized content or escaped
 * learner input.
 *
 * @param removed     the question is no longer in the quiz file; only points remain
 * @param choices     single/multiple: options in the order shown, with picks and the key
 * @param yourAnswer  other types: the learner's answer, one line each
 * @param rightAnswer other types: the correct answer, one line each
 * @param difficulty  easy, medium or hard as the author rates it; empty for a removed question
 */
public record QuestionReview(int number, String id, String type, String promptHtml, boolean removed,
        double points, int maxPoints, boolean correct, boolean answered,
        List<ReviewChoice> choices, List<AnswerLine> yourAnswer, List<AnswerLine> rightAnswer,
        String explanationHtml, String sectionUrl, String difficulty) {

    public boolean partlyRight() {
        return !correct && points > 0;
    }

    public String pointsText() {
        return AttemptView.format(points);
    }
}
