package academy.quiz.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The question types of the quiz format, by their YAML name. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true_false"),
    FILL("fill"),
    ORDERING("ordering"),
    NUMERIC("numeric"),
    MATCH("match");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<QuestionType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(QuestionType::yamlName).collect(Collectors.joining(", "));
    }
}
