package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;

/**
 * The Contactmomenten API and the Verzoeken API (outside this project, deprecated by VNG but still in the Zaken OAS):
 * a zaakcontactmoment's contactmoment and a zaakverzoek's verzoek are checked through {@link ReferenceValidator}
 * (allow-listed roots, 200, their collection and a {@code url}), and mirrored as objectcontactmoment (zrc-025) and
 * objectverzoek (zrc-024) through {@link RelatieSpiegel}.
 */
@ApplicationScoped
public class Klantinteracties {

    public static final ResourceType<JsonNode> CONTACTMOMENT =
            ResourceType.of("contactmoment", "contactmomenten", JsonNode.class, "url");
    public static final ResourceType<JsonNode> VERZOEK =
            ResourceType.of("verzoek", "verzoeken", JsonNode.class, "url");
    static final RelatieSpiegel.Soort OBJECTCONTACTMOMENT =
            new RelatieSpiegel.Soort("objectcontactmomenten", "contactmoment");
    static final RelatieSpiegel.Soort OBJECTVERZOEK = new RelatieSpiegel.Soort("objectverzoeken", "verzoek");

    private final RelatieSpiegel spiegel;

    public Klantinteracties(RelatieSpiegel spiegel) {
        this.spiegel = spiegel;
    }

    public void objectcontactmomentAanmaken(String contactmoment, String zaak) {
        spiegel.aanmaken(OBJECTCONTACTMOMENT, contactmoment, zaak);
    }

    public void objectcontactmomentenVerwijderen(String contactmoment, String zaak) {
        spiegel.verwijderen(OBJECTCONTACTMOMENT, contactmoment, zaak);
    }

    public void objectverzoekAanmaken(String verzoek, String zaak) {
        spiegel.aanmaken(OBJECTVERZOEK, verzoek, zaak);
    }

    public void objectverzoekenVerwijderen(String verzoek, String zaak) {
        spiegel.verwijderen(OBJECTVERZOEK, verzoek, zaak);
    }
}
