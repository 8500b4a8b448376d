package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.domain.Rol;
import nl.zgw.zaken.domain.gegevensgroep.Gegevensgroepen;

import java.util.List;

/** Renders a rol as the OAS Rol of its betrokkeneType ({@code natuurlijk_persoon_Rol}, ...). */
@RequestScoped
public class RolRepresentation {

    private final ObjectMapper mapper;
    private final PublicUrls urls;
    private final Gegevensgroepen groepen = Gegevensgroepen.official();

    public RolRepresentation(ObjectMapper mapper, PublicUrls urls) {
        this.mapper = mapper;
        this.urls = urls;
    }

    public List<ObjectNode> render(List<Rol> rollen) {
        return rollen.stream().map(this::render).toList();
    }

    public ObjectNode render(Rol rol) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", urls.resource("rollen", rol.uuid));
        n.put("uuid", rol.uuid.toString());
        n.put("zaak", urls.resource("zaken", rol.zaak.uuid));
        n.put("betrokkene", rol.betrokkene);
        n.put("betrokkeneType", rol.betrokkeneType);
        n.put("afwijkendeNaamBetrokkene", rol.afwijkendeNaamBetrokkene);
        n.put("roltype", rol.roltype);
        n.put("omschrijving", rol.omschrijving);
        n.put("omschrijvingGeneriek", rol.omschrijvingGeneriek);
        n.put("roltoelichting", rol.roltoelichting);
        n.put("registratiedatum", datumtijd(rol.registratiedatum));
        n.put("indicatieMachtiging", rol.indicatieMachtiging);
        if (rol.contactpersoonRol == null || rol.contactpersoonRol.isNull()) {
            n.putNull("contactpersoonRol");
        } else {
            n.set("contactpersoonRol", groepen.groep("ContactPersoonRol").render(rol.contactpersoonRol));
        }
        // statussen gezet by this rol (Status.gezetdoor) belong to zaken-status; none are linked here yet
        n.putArray("statussen");
        groepen.discriminated("Rol", rol.betrokkeneType, "betrokkeneIdentificatie")
                .ifPresent(g -> n.set("betrokkeneIdentificatie", g.render(rol.betrokkeneIdentificatie)));
        return n;
    }

    static String datumtijd(java.time.OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();           // UTC with Z, as DRF renders it
    }
}
