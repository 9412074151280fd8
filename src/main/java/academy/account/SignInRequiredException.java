package academy.account;

/** Thrown where an action needs a signed-in learner; pages answer with the login redirect, APIs with 401. */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException() {
        super("sign-in required", null, false, false);
    }
}
