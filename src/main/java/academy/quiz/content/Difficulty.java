package academy.quiz.content;

/** How hard the author rates a question; shown to learners and used later by instructors. */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
