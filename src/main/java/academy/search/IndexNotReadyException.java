package academy.search;

/** A search arrived while the index was still being built (right after startup): 503 with Retry-After. */
public class IndexNotReadyException extends RuntimeException {

    public IndexNotReadyException(String message) {
        super(message, null, false, false);
    }
}
