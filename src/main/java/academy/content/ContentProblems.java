package academy.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a load so that authors see them all at once. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void add(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ContentProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }

    /** The report printed when the app refuses to start: one problem per line. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("The course content is invalid: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" found.\n");
        for (ContentProblem p : sorted()) {
            out.append("  - ").append(p).append('\n');
        }
        out.append("Fix the files listed above (format: docs/authoring.md) and start again.");
        return out.toString();
    }
}
