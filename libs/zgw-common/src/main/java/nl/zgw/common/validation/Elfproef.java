package nl.zgw.common.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * The 11-test of nine-digit Dutch numbers (RSIN, BSN) as vng-api-common checks them: digits only
 * ({@code only-digits}), nine of them ({@code invalid-length}), then the weighted sum 9..2 of the first eight minus
 * the last digit divisible by 11 ({@code invalid}).
 */
final class Elfproef {

    static final int LENGTH = 9;

    private Elfproef() {
    }

    static boolean passes(String value) {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (LENGTH - i) * (value.charAt(i) - '0');
        }
        sum -= value.charAt(LENGTH - 1) - '0';
        return sum % 11 == 0;
    }

    /** Validates a present value, reporting the first check it fails under the name {@code soort} (RSIN, BSN). */
    static boolean check(String value, String soort, ConstraintValidatorContext ctx) {
        if (value == null) {
            return true;
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Failure.report(ctx, Codes.ONLY_DIGITS, "Waarde moet numeriek zijn.");
        }
        if (value.length() != LENGTH) {
            return Failure.report(ctx, Codes.INVALID_LENGTH, soort + " moet " + LENGTH + " tekens lang zijn.");
        }
        return passes(value) || Failure.report(ctx, Codes.INVALID, "Onjuist " + soort + " nummer.");
    }
}
