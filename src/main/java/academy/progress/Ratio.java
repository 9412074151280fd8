package academy.progress;

/** Finished lessons out of the lessons that exist now. */
public record Ratio(int done, int total) {

    /** Whole percent, rounded down so 100 % means really everything. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    public boolean complete() {
        return total > 0 && done == total;
    }

    public boolean started() {
        return done > 0;
    }
}
