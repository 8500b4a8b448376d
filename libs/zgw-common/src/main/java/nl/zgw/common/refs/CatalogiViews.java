package nl.zgw.common.refs;

/**
 * Small views of Catalogi API resources as other services reference them, with their {@link ResourceType}s: only
 * the fields a reference check or a derivation needs.
 */
public final class CatalogiViews {

    private CatalogiViews() {
    }

    public record Catalogus(String url, String domein, String rsin) {
    }

    public record Zaaktype(String url, String catalogus, Boolean concept, String identificatie, String omschrijving,
                           String vertrouwelijkheidaanduiding)
            implements ReferenceRule.Publishable, ReferenceRule.InCatalogus {
    }

    public record Informatieobjecttype(String url, String catalogus, Boolean concept, String omschrijving,
                                       String vertrouwelijkheidaanduiding)
            implements ReferenceRule.Publishable, ReferenceRule.InCatalogus {
    }

    public record Besluittype(String url, String catalogus, Boolean concept, String omschrijving)
            implements ReferenceRule.Publishable, ReferenceRule.InCatalogus {
    }

    /** A part of one zaaktype: statustype, resultaattype, roltype, eigenschap, zaakobjecttype. */
    public record ZaaktypeOnderdeel(String url, String zaaktype, String omschrijving) implements ReferenceRule.OfZaaktype {
    }

    public static final ResourceType<Catalogus> CATALOGUS =
            ResourceType.of("catalogus", "catalogussen", Catalogus.class, "url", "domein");
    public static final ResourceType<Zaaktype> ZAAKTYPE =
            ResourceType.of("zaaktype", "zaaktypen", Zaaktype.class, "url", "catalogus", "concept");
    public static final ResourceType<Informatieobjecttype> INFORMATIEOBJECTTYPE = ResourceType.of(
            "informatieobjecttype", "informatieobjecttypen", Informatieobjecttype.class, "url", "catalogus", "concept");
    public static final ResourceType<Besluittype> BESLUITTYPE =
            ResourceType.of("besluittype", "besluittypen", Besluittype.class, "url", "catalogus", "concept");
    public static final ResourceType<ZaaktypeOnderdeel> STATUSTYPE =
            ResourceType.of("statustype", "statustypen", ZaaktypeOnderdeel.class, "url", "zaaktype");
    public static final ResourceType<ZaaktypeOnderdeel> RESULTAATTYPE =
            ResourceType.of("resultaattype", "resultaattypen", ZaaktypeOnderdeel.class, "url", "zaaktype");
    public static final ResourceType<ZaaktypeOnderdeel> ROLTYPE =
            ResourceType.of("roltype", "roltypen", ZaaktypeOnderdeel.class, "url", "zaaktype");
    public static final ResourceType<ZaaktypeOnderdeel> EIGENSCHAP =
            ResourceType.of("eigenschap", "eigenschappen", ZaaktypeOnderdeel.class, "url", "zaaktype");
}
