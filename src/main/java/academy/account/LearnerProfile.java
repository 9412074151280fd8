package academy.account;

/**
 * Who is signed in, as the token tells it: the subject (principal name) plus the claims kept in the
 * learner row. Claims are null when the token does not carry them.
 */
public record LearnerProfile(String subject, String username, String displayName, String email) {

    /** What the header shows: the display name, else the username, else the subject. */
    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return username != null && !username.isBlank() ? username : subject;
    }
}
