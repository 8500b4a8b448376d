package nl.zgw.common.outbound;

/**
 * A call that failed for a reason that may pass (no connection, a timeout, a 5xx): the one failure a {@link CallGuards}
 * guard retries and counts towards opening its circuit. Any other outcome (a 4xx, a wrong body) is an answer.
 */
public class Unavailable extends RuntimeException {

    private final transient Object lastAnswer;

    public Unavailable(String reason) {
        this(reason, null);
    }

    /** {@code lastAnswer}: the 5xx response, for a caller that reports it once the retries are spent. */
    public Unavailable(String reason, Object lastAnswer) {
        super(reason, null, false, false);
        this.lastAnswer = lastAnswer;
    }

    public Object lastAnswer() {
        return lastAnswer;
    }
}
