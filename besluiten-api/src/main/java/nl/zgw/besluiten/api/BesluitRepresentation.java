package nl.zgw.besluiten.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.besluiten.domain.Besluit;
import nl.zgw.common.http.PublicUrls;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Renders a besluit as the file's {@code Besluit}; gives the current state as a {@link BesluitRequest} for PATCH.
 * Unset text fields are {@code ""} (not nullable in the file); an unset vervalreden is left out, since the file's
 * enum has no {@code ""} (and vervalredenWeergave has minLength 1).
 */
@RequestScoped
public class BesluitRepresentation {

    static final Map<String, String> VERVALREDEN_WEERGAVE = Map.of(
            "tijdelijk", "Besluit met tijdelijke werking",
            "ingetrokken_overheid", "Besluit ingetrokken door overheid",
            "ingetrokken_belanghebbende", "Besluit ingetrokken o.v.v. belanghebbende");

    private final PublicUrls urls;
    private final ObjectMapper mapper;

    public BesluitRepresentation(PublicUrls urls, ObjectMapper mapper) {
        this.urls = urls;
        this.mapper = mapper;
    }

    public String url(Besluit b) {
        return urls.resource(BesluitenApi.BESLUITEN, b.uuid);
    }

    public ObjectNode render(Besluit b) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", url(b));
        n.put("identificatie", b.identificatie);
        n.put("verantwoordelijkeOrganisatie", b.verantwoordelijkeOrganisatie);
        n.put("besluittype", b.besluittype);
        n.put("zaak", b.zaak == null ? "" : b.zaak);
        n.put("datum", b.datum.toString());
        n.put("toelichting", b.toelichting);
        n.put("bestuursorgaan", b.bestuursorgaan);
        n.put("ingangsdatum", b.ingangsdatum.toString());
        date(n, "vervaldatum", b.vervaldatum);
        if (!b.vervalreden.isEmpty()) {
            n.put("vervalreden", b.vervalreden);
            n.put("vervalredenWeergave", VERVALREDEN_WEERGAVE.get(b.vervalreden));
        }
        date(n, "publicatiedatum", b.publicatiedatum);
        date(n, "verzenddatum", b.verzenddatum);
        date(n, "uiterlijkeReactiedatum", b.uiterlijkeReactiedatum);
        return n;
    }

    public List<ObjectNode> render(List<Besluit> besluiten) {
        return besluiten.stream().map(this::render).toList();
    }

    public BesluitRequest request(Besluit b) {
        return new BesluitRequest(b.identificatie, b.verantwoordelijkeOrganisatie, b.besluittype,
                b.zaak == null ? "" : b.zaak, b.datum,
                b.toelichting, b.bestuursorgaan, b.ingangsdatum, b.vervaldatum, b.vervalreden, b.publicatiedatum,
                b.verzenddatum, b.uiterlijkeReactiedatum);
    }

    private static void date(ObjectNode n, String field, LocalDate value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value.toString());
        }
    }
}
