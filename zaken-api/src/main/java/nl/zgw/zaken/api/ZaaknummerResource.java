package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.Rsin;
import nl.zgw.zaken.service.ZaakService;

import java.util.List;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/**
 * POST /zaaknummer_reserveren (1.7): reserves identificaties of a bronorganisatie; one number answers an object,
 * more an array. A reserved number is never issued by the counter again; a zaak takes it by sending it as
 * {@code identificatie}.
 */
@Path(ROOT + "/zaaknummer_reserveren")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaknummerResource {

    /** Body {@code ReserveZaakIdentificatieRequest}. */
    public record Reservering(@NotNull @NonBlank @Rsin String bronorganisatie, @Min(1) Integer aantal) {
    }

    /** Keeps one request from holding the counter for long. */
    static final int MAXIMUM = 100;

    private final ZaakService service;

    public ZaaknummerResource(ZaakService service) {
        this.service = service;
    }

    @POST
    @RequiresScope(Scopes.Zrc.AANMAKEN)
    public Response reserveer(@Valid @NotNull Reservering body) {
        int aantal = body.aantal() == null ? 1 : body.aantal();
        if (aantal > MAXIMUM) {
            throw nl.zgw.common.problem.ZgwException.invalid("aantal", "max_value",
                    "Zorg ervoor dat deze waarde kleiner of gelijk is aan " + MAXIMUM + ".");
        }
        List<String> nummers = service.reserveer(body.bronorganisatie(), aantal);
        if (nummers.size() == 1) {
            ObjectNode one = JsonNodeFactory.instance.objectNode().put("zaaknummer", nummers.get(0));
            return Response.status(201).entity(one).build();
        }
        ArrayNode many = JsonNodeFactory.instance.arrayNode();
        nummers.forEach(n -> many.addObject().put("zaaknummer", n));
        return Response.status(201).entity(many).build();
    }
}
