package academy.content;

/**
 * One thing wrong with the content, located as precisely as the parser knows.
 *
 * @param file    path relative to the content root it was found under (e.g. {@code courses/k8s-internals/...})
 * @param line    1-based line, or 0 when only the file is known
 * @param message what is wrong and what to do about it
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
