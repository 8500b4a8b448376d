package nl.zgw.besluiten.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.zgw.common.refs.ReferenceRule;
import nl.zgw.common.refs.ResourceType;

import java.util.List;

/**
 * What this service reads of other APIs' resources: only the fields a rule needs (brc-001, brc-003, brc-007,
 * brc-008). The besluittype and zaaktype views carry the relation lists that {@code CatalogiViews} leaves out.
 */
public final class RemoteViews {

    private RemoteViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Besluittype(String url, String catalogus, Boolean concept, List<String> informatieobjecttypen)
            implements ReferenceRule.Publishable {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Zaaktype(String url, List<String> besluittypen) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Zaak(String url, String zaaktype) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Informatieobject(String url, String informatieobjecttype) {
    }

    public static final ResourceType<Besluittype> BESLUITTYPE =
            ResourceType.of("besluittype", "besluittypen", Besluittype.class, "url", "catalogus", "concept");
    public static final ResourceType<Zaaktype> ZAAKTYPE =
            ResourceType.of("zaaktype", "zaaktypen", Zaaktype.class, "url", "besluittypen");
    public static final ResourceType<Zaak> ZAAK = ResourceType.of("zaak", "zaken", Zaak.class, "url", "zaaktype");
    public static final ResourceType<Informatieobject> INFORMATIEOBJECT = ResourceType.of("informatieobject",
            "enkelvoudiginformatieobjecten", Informatieobject.class, "url", "informatieobjecttype");
}
