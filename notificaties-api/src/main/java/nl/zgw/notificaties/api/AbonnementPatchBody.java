package nl.zgw.notificaties.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** Request body of {@code PATCH /abonnement/{uuid}}: absent fields keep their value. */
public record AbonnementPatchBody(
        @Pattern(regexp = "(?s).*\\S.*", message = "blank") String callbackUrl,
        @Pattern(regexp = "(?s).*\\S.*", message = "blank")
        @Pattern(regexp = AbonnementBody.HEADER_VALUE, message = AbonnementBody.HEADER_VALUE_REASON) String auth,
        List<@NotNull @Valid FilterGroupBody> kanalen) {

    @Override
    public String toString() {
        return "AbonnementPatchBody[callbackUrl=" + callbackUrl + ", kanalen=" + kanalen + "]";
    }
}
