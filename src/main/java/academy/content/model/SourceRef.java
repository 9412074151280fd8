package academy.content.model;

/** A reference to a file (and optionally a symbol) in a source repository at a fixed ref. */
public record SourceRef(String repo, String ref, String path, String symbol) {

    public static final String DEFAULT_REPO = "kubernetes/kubernetes";
    public static final String DEFAULT_REF = "v1.32.0";

    public String url() {
        return "https://github.com/" + repo + "/blob/" + ref + "/" + path;
    }

    public boolean isKubernetes() {
        return DEFAULT_REPO.equals(repo);
    }

    /** Short label: file name plus symbol, e.g. {@code reflector.go · Reflector.ListAndWatch}. */
    public String label() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return symbol == null || symbol.isBlank() ? file : file + " · " + symbol;
    }
}
