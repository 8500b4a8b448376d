package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRelaties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ZaakBesluiten} by the Besluiten API: the besluiten registered at the zaak (zaakbesluit) fetched with this
 * service's credentials, each fresh (not from the reference cache, which still holds the besluit as it was checked
 * when the zaakbesluit was registered: its ingangsdatum and vervaldatum may have changed since). One that cannot be
 * fetched counts as a besluit without dates (so its dates cannot raise the maximum; the calculator then reports what
 * is missing).
 */
@ApplicationScoped
public class BesluitenZaakBesluiten implements ZaakBesluiten {

    private final ZaakRelaties relaties;
    private final ReferenceClient client;

    public BesluitenZaakBesluiten(ZaakRelaties relaties, ReferenceClient client) {
        this.relaties = relaties;
        this.client = client;
    }

    @Override
    public List<Besluit> besluiten(Zaak zaak) {
        List<Besluit> besluiten = new ArrayList<>();
        for (String url : relaties.besluiten(zaak)) {
            try {
                JsonNode besluit = client.fresh(url);   // it may have changed since it was registered here
                besluiten.add(new Besluit(url, datum(besluit.path("ingangsdatum")), datum(besluit.path("vervaldatum"))));
            } catch (ReferenceException e) {
                besluiten.add(new Besluit(url, null, null));
            }
        }
        return besluiten;
    }

    private static LocalDate datum(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
