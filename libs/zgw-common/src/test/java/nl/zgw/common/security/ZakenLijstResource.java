package nl.zgw.common.security;

import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.TypeFilter;
import nl.zgw.common.security.autorisaties.RequiresScope;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A fixed list of "zaken" of two types and several levels, filtered as a list operation must (zrc-006). */
@Path("/test/api/v1/zaken")
@Produces(MediaType.APPLICATION_JSON)
public class ZakenLijstResource {

    public record Zaak(String id, String zaaktype, String vertrouwelijkheidaanduiding) {
    }

    static final List<Zaak> ZAKEN = List.of(
            new Zaak("z1-openbaar", AutorisatiesEnforcementTest.ZT1, "openbaar"),
            new Zaak("z1-intern", AutorisatiesEnforcementTest.ZT1, "intern"),
            new Zaak("z1-geheim", AutorisatiesEnforcementTest.ZT1, "geheim"),
            new Zaak("z2-openbaar", AutorisatiesEnforcementTest.ZT2, "openbaar"),
            new Zaak("z2-zeer-geheim", AutorisatiesEnforcementTest.ZT2, "zeer_geheim"));

    private final Autorisaties autorisaties;

    public ZakenLijstResource(Autorisaties autorisaties) {
        this.autorisaties = autorisaties;
    }

    @GET
    @RequiresScope("zaken.lezen")
    public List<String> list() {
        TypeFilter filter = autorisaties.listFilter("zaken.lezen");
        return ZAKEN.stream().filter(z -> filter.allows(z.zaaktype(), z.vertrouwelijkheidaanduiding()))
                .map(Zaak::id).toList();
    }
}
