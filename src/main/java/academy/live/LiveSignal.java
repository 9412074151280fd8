package academy.live;

/**
 * Something changed in a live session: {@code STATE} (a question opened, revealed, the session ended), {@code ANSWER}
 * or {@code JOIN}. Travels between app instances as a PostgreSQL notification payload {@code "<id>:<kind>"}.
 */
public record LiveSignal(long sessionId, Kind kind) {

    public enum Kind {
        STATE, ANSWER, JOIN
    }

    public String payload() {
        return sessionId + ":" + kind;
    }

    /** The signal of a notification payload, or {@code null} for anything else on the channel. */
    public static LiveSignal parse(String payload) {
        if (payload == null) {
            return null;
        }
        int colon = payload.indexOf(':');
        if (colon <= 0 || colon > 19) {
            return null;
        }
        try {
            return new LiveSignal(Long.parseLong(payload.substring(0, colon)), Kind.valueOf(payload.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
