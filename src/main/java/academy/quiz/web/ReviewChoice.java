package academy.quiz.web;

/** An option of a graded single/multiple question, with what the learner picked and what was right. */
public record ReviewChoice(String html, boolean picked, boolean right) {
}
