package nl.zgw.notificaties.domain;

import nl.zgw.common.problem.ZgwException;

import java.net.URI;
import java.util.Locale;

/**
 * A callback URL is external by nature: an absolute http(s) URL with a host and no user info; {@code http} only when
 * configured. Code {@code invalid} on {@code callbackUrl}.
 */
public final class CallbackUrl {

    private CallbackUrl() {
    }

    public static URI parse(String value, boolean allowHttp) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (Exception e) {
            throw invalid("Voer een geldige URL in.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("Voer een geldige URL in.");
        }
        if (!(scheme.equals("https") || (allowHttp && scheme.equals("http")))) {
            throw invalid(allowHttp ? "Alleen http- en https-URL's zijn toegestaan."
                    : "Alleen https-URL's zijn toegestaan.");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("Een callback URL mag geen gebruikersgegevens bevatten; gebruik auth.");
        }
        return uri;
    }

    private static ZgwException invalid(String reason) {
        return ZgwException.invalid("callbackUrl", "invalid", reason);
    }
}
