package nl.zgw.common.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.request.BodyReader;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.Bsn;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.NullNotAllowed;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Rsin;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.common.validation.Vertrouwelijkheid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A resource shaped like a ZGW type, to exercise the request dialect over real HTTP. */
@Path("/test/api/v1/dialect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DialectResource {

    public record Kenmerk(@NotNull @NonBlank @Size(max = 20) String naam, @OneOf({"vervolg", "bijdrage"}) String aardRelatie) {
    }

    public record Brondatum(@NotNull @OneOf({"afgehandeld", "termijn"}) String afleidingswijze,
                            @Size(max = 10) String datumkenmerk) {
    }

    public record Soort(@NotNull @NonBlank @Size(max = 10) String omschrijving,
                        @Size(min = 3, max = 10) String code,
                        @AbsoluteUrl String link,
                        @NotNull @NonBlank @AbsoluteUrl String catalogus,
                        @Vertrouwelijkheid String vertrouwelijkheidaanduiding,
                        @OneOf(enumeration = Component.class) String component,
                        @IsoDuration String doorlooptijd,
                        @Rsin String rsin,
                        @Bsn String bsn,
                        @NullNotAllowed Boolean actief,
                        @Max(99) Integer aantal,
                        LocalDate beginGeldigheid,
                        @Valid Brondatum brondatumArchiefprocedure,
                        List<@NotNull @Valid Kenmerk> kenmerken,
                        List<@NotNull @NonBlank String> trefwoorden,
                        Map<String, String> filters) {
    }

    private final BodyReader reader;
    private final PatchMerger merger;
    private final ObjectMapper mapper;

    public DialectResource(BodyReader reader, PatchMerger merger, ObjectMapper mapper) {
        this.reader = reader;
        this.merger = merger;
        this.mapper = mapper;
    }

    /** A typed body, as the services' POST and PUT take it. */
    @POST
    @RequiresScope("zaken.aanmaken")
    public Soort create(@Valid @NotNull Soort soort) {
        return soort;
    }

    /** A raw body read with the dialect, as Autorisaties and Notificaties read theirs. */
    @POST
    @Path("raw")
    @RequiresScope("zaken.aanmaken")
    public Soort raw(JsonNode body) {
        return reader.read(body, Soort.class);
    }

    /** PATCH over a fixed current state. */
    @PATCH
    @RequiresScope("zaken.aanmaken")
    public Soort patch(JsonNode patch) {
        Soort current = new Soort("huidig", null, null, "http://ztc.example.nl/catalogi/api/v1/catalogussen/1",
                "openbaar", null, null, null, null, true, 1, null, new Brondatum("afgehandeld", null),
                List.of(new Kenmerk("k", "vervolg")), List.of(), Map.of());
        return merger.merge(current, patch, Soort.class);
    }

    /** Object-level rules over several fields, all reported together. */
    @POST
    @Path("rules")
    @RequiresScope("zaken.aanmaken")
    public Soort rules(@Valid @NotNull Soort soort) {
        ValidationErrors errors = new ValidationErrors();
        if (soort.code() == null) {
            errors.nonField("code-vereist", "Zonder code kan de soort niet worden opgeslagen.");
        }
        if (soort.beginGeldigheid() == null) {
            errors.nonField("geldigheid-vereist", "Een soort zonder beginGeldigheid is niet geldig.");
        }
        errors.throwIfAny();
        return soort;
    }
}
