package nl.zgw.notificaties.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.notificaties.domain.Abonnement;

import java.util.List;

/** Request body of {@code POST} and {@code PUT /abonnement}, and what a {@code PATCH} is merged into. */
public record AbonnementBody(
        @NotNull @NonBlank String callbackUrl,
        @NotNull @NonBlank @Pattern(regexp = HEADER_VALUE, message = HEADER_VALUE_REASON) String auth,
        @NotNull List<@NotNull @Valid FilterGroupBody> kanalen) {

    /**
     * {@code auth} is sent as the {@code Authorization} header: tab, printable ASCII and Latin-1 only (what an HTTP
     * header value may hold), so a CR/LF can never inject a header and is refused here rather than reported as an
     * unreachable callback.
     */
    static final String HEADER_VALUE = "[\\t\\x20-\\x7E\\x80-\\xFF]*";
    static final String HEADER_VALUE_REASON =
            "Ongeldige header-waarde: geen regeleinden, stuurtekens of tekens buiten Latin-1.";

    /** The stored abonnement in this shape: what a PATCH is merged into. */
    public static AbonnementBody of(Abonnement a) {
        return new AbonnementBody(a.callbackUrl, a.auth, a.kanalen.stream()
                .map(k -> new FilterGroupBody(new java.util.LinkedHashMap<>(k.filters), k.kanaal.naam)).toList());
    }

    @Override
    public String toString() {
        return "AbonnementBody[callbackUrl=" + callbackUrl + ", kanalen=" + kanalen + "]";
    }
}
