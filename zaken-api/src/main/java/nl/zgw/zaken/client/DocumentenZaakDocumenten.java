package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRelaties;

import java.util.List;

/**
 * {@link ZaakDocumenten} by the Documenten API: each informatieobject fetched fresh (not from the reference cache:
 * locks and indicatieGebruiksrecht change) with this service's own credentials through {@link ReferenceClient}.
 */
@ApplicationScoped
public class DocumentenZaakDocumenten implements ZaakDocumenten {

    private final ZaakRelaties relaties;
    private final ReferenceClient client;

    public DocumentenZaakDocumenten(ZaakRelaties relaties, ReferenceClient client) {
        this.relaties = relaties;
        this.client = client;
    }

    @Override
    public List<Document> documenten(Zaak zaak) {
        return relaties.informatieobjecten(zaak).stream().distinct().map(this::document).toList();
    }

    private Document document(String url) {
        try {
            JsonNode io = client.fresh(url);
            JsonNode indicatie = io.path("indicatieGebruiksrecht");
            Boolean gebruiksrecht = indicatie.isBoolean() ? indicatie.booleanValue() : null;
            return new Document(url, true, gebruiksrecht, io.path("locked").asBoolean(false));
        } catch (ReferenceException e) {
            return new Document(url, false, null, false);
        }
    }
}
