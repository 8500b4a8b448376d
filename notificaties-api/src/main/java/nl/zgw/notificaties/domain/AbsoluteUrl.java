package nl.zgw.notificaties.domain;

import nl.zgw.common.problem.ZgwException;

import java.net.URI;

/** A field of format {@code uri}: an absolute http(s) URL (code {@code invalid}). */
public final class AbsoluteUrl {

    private AbsoluteUrl() {
    }

    public static void check(String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return;
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw ZgwException.invalid(field, "invalid", "Voer een geldige URL in.");
    }
}
