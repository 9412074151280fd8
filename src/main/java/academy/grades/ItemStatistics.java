package academy.grades;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis as in Moodle's quiz statistics report, as pure arithmetic over graded attempts
 * (formulas in docs/instructors.md). Each question is analysed over the attempts that showed it, so
 * questions drawn from a pool are compared only with the attempts that answered them. Values that are
 * undefined for the data (a single response, no spread) are {@code null}, never a made-up number.
 */
public final class ItemStatistics {

    /** Discrimination below this flags the question. */
    public static final double LOW_DISCRIMINATION = 0.2;
    /** Facility above this flags the question as too easy. */
    public static final double HIGH_FACILITY = 0.95;
    /** Facility below this flags the question as too hard. */
    public static final double LOW_FACILITY = 0.1;

    private ItemStatistics() {
    }

    /**
     * One question as one attempt saw it: points earned of the maximum, whether it was answered, and the chosen
     * option ids (choice questions; empty for other types).
     */
    public record Item(String questionId, double points, double maxPoints, boolean answered, List<String> chosen) {
    }

    /** One graded attempt: its items in the order asked. */
    public record Attempt(List<Item> items) {
        double total() {
            return items.stream().mapToDouble(Item::points).sum();
        }
    }

    public enum Flag {
        LOW_DISCRIMINATION, TOO_EASY, TOO_HARD
    }

    /**
     * @param responses      attempts that showed the question
     * @param facility       mean score / max score, 0..1
     * @param sd             sample standard deviation of the score / max score
     * @param discrimination Pearson correlation of the item score with the rest of the test
     * @param efficiency     discrimination covariance / the largest covariance the two score distributions allow
     * @param unanswered     attempts that showed the question and left it blank
     * @param options        how often each option id was chosen (choice questions), in first-seen order
     */
    public record QuestionStats(String questionId, int responses, Double facility, Double sd, Double discrimination,
            Double efficiency, int unanswered, Map<String, Integer> options, List<Flag> flags) {
    }

    /** Statistics for every question id, in the given order; ids no attempt showed get zero responses. */
    public static List<QuestionStats> analyse(List<String> questionIds, List<Attempt> attempts) {
        List<QuestionStats> out = new ArrayList<>();
        for (String id : questionIds) {
            out.add(question(id, attempts));
        }
        return out;
    }

    static QuestionStats question(String id, List<Attempt> attempts) {
        List<Double> scores = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        Map<String, Integer> options = new LinkedHashMap<>();
        int unanswered = 0;
        double max = 0;
        for (Attempt a : attempts) {
            for (Item item : a.items()) {
                if (!item.questionId().equals(id)) {
                    continue;
                }
                scores.add(item.points());
                rest.add(a.total() - item.points());
                max = Math.max(max, item.maxPoints());
                if (!item.answered()) {
                    unanswered++;
                }
                for (String c : item.chosen()) {
                    options.merge(c, 1, Integer::sum);
                }
            }
        }
        int n = scores.size();
        Double facility = n == 0 || max == 0 ? null : mean(scores) / max;
        Double sd = n < 2 || max == 0 ? null : Math.sqrt(sumSquares(scores) / (n - 1)) / max;
        Double discrimination = null;
        Double efficiency = null;
        if (n >= 2) {
            double sxx = sumSquares(scores);
            double syy = sumSquares(rest);
            double sxy = covarianceSum(scores, rest);
            if (sxx > 0 && syy > 0) {
                discrimination = sxy / Math.sqrt(sxx * syy);
            }
            List<Double> sortedScores = new ArrayList<>(scores);
            List<Double> sortedRest = new ArrayList<>(rest);
            Collections.sort(sortedScores);
            Collections.sort(sortedRest);
            double maxSxy = covarianceSum(sortedScores, sortedRest);
            if (maxSxy > 1e-12) {
                efficiency = sxy / maxSxy;
            }
        }
        List<Flag> flags = new ArrayList<>();
        if (discrimination != null && discrimination < LOW_DISCRIMINATION) {
            flags.add(Flag.LOW_DISCRIMINATION);
        }
        if (facility != null && facility > HIGH_FACILITY) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility != null && facility < LOW_FACILITY) {
            flags.add(Flag.TOO_HARD);
        }
        return new QuestionStats(id, n, facility, sd, discrimination, efficiency, unanswered, options, List.copyOf(flags));
    }

    static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Σ (x − x̄)². */
    static double sumSquares(List<Double> xs) {
        return covarianceSum(xs, xs);
    }

    /** Σ (x − x̄)(y − ȳ) over paired values. */
    static double covarianceSum(List<Double> xs, List<Double> ys) {
        double mx = mean(xs);
        double my = mean(ys);
        double s = 0;
        for (int i = 0; i < xs.size(); i++) {
            s += (xs.get(i) - mx) * (ys.get(i) - my);
        }
        return s;
    }
}
