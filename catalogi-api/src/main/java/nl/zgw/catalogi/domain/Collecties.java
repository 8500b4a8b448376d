package nl.zgw.catalogi.domain;

/**
 * The collections of the Catalogi API: the path segment in the URL of each resource, which the renderers, the
 * expand model and the notifications (resource and hoofdObject URLs) share.
 */
public final class Collecties {

    public static final String CATALOGUSSEN = "catalogussen";
    public static final String ZAAKTYPEN = "zaaktypen";
    public static final String INFORMATIEOBJECTTYPEN = "informatieobjecttypen";
    public static final String BESLUITTYPEN = "besluittypen";
    public static final String STATUSTYPEN = "statustypen";
    public static final String ROLTYPEN = "roltypen";
    public static final String EIGENSCHAPPEN = "eigenschappen";
    public static final String RESULTAATTYPEN = "resultaattypen";
    public static final String ZIOT = "zaaktype-informatieobjecttypen";
    public static final String ZAAKOBJECTTYPEN = "zaakobjecttypen";

    private Collecties() {
    }
}
