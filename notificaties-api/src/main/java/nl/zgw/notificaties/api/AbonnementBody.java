package nl.zgw.notificaties.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Request body of {@code POST} and {@code PUT /abonnement}. */
public record AbonnementBody(
        @NotBlank String callbackUrl,
        @NotBlank String auth,
        @NotNull List<@NotNull @Valid FilterGroupBody> kanalen) {

    @Override
    public String toString() {
        return "AbonnementBody[callbackUrl=" + callbackUrl + ", kanalen=" + kanalen + "]";
    }
}
