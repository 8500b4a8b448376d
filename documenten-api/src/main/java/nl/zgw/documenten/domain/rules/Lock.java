package nl.zgw.documenten.domain.rules;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import nl.zgw.common.problem.InvalidParam;

/**
 * drc-009: writes on a document need its lock. A lock id is 128 random bits (SecureRandom) as 32 hex digits.
 * Codes as the reference implementation: {@code unlocked} (the document has no lock), {@code incorrect-lock-id},
 * {@code missing-lock-id} (unlock without a lock id and without documenten.geforceerd-unlock), {@code existing-lock}
 * (locking a locked document), {@code destroy-locked} (deleting a locked document).
 */
public final class Lock {

    public static final String UNLOCKED = "unlocked";
    public static final String INCORRECT = "incorrect-lock-id";
    public static final String MISSING = "missing-lock-id";
    public static final String EXISTING = "existing-lock";
    public static final String DESTROY_LOCKED = "destroy-locked";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Lock() {
    }

    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The check of an update's lock against the document's current one. */
    public static Optional<InvalidParam> checkUpdate(String current, String given) {
        if (current == null) {
            return Optional.of(InvalidParam.nonField(UNLOCKED, "Unlocked document can't be modified"));
        }
        if (given == null || !constantTimeEquals(current, given)) {
            return Optional.of(InvalidParam.nonField(INCORRECT, "Incorrect lock ID is provided"));
        }
        return Optional.empty();
    }

    public static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
