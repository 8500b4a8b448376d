package nl.zgw.autorisaties.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.NullNotAllowed;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Vertrouwelijkheid;

import java.util.List;

/**
 * The {@code Applicatie} request body of the OAS, read in the shared dialect ({@code BodyReader}, {@code PatchMerger}):
 * every field error of a body at once. Absent optional fields are {@code null} here; a PUT then keeps the stored value
 * ({@link ApplicatieMapper#invoer}), as the reference implementation does.
 */
public record ApplicatieRequest(
        @NotNull List<@NotNull @NonBlank @Size(max = 50) String> clientIds,
        @NotNull @NonBlank @Size(max = 100) String label,
        @NullNotAllowed Boolean heeftAlleAutorisaties,
        @NullNotAllowed Boolean alleenIsGereedVoorPublicatie,
        @NullNotAllowed List<@NotNull @Valid AutorisatieRequest> autorisaties) {

    /**
     * One autorisatie; of the type fields only the one of its {@code component} is kept, an empty one ("") is none.
     */
    public record AutorisatieRequest(
            @NotNull @OneOf(enumeration = Component.class) String component,
            @NotNull List<@NotNull @NonBlank @Size(max = 100) String> scopes,
            @Size(max = 1000) @AbsoluteUrl String zaaktype,
            @Size(max = 1000) @AbsoluteUrl String informatieobjecttype,
            @Size(max = 1000) @AbsoluteUrl String besluittype,
            @Vertrouwelijkheid(allowBlank = true) String maxVertrouwelijkheidaanduiding) {
    }
}
