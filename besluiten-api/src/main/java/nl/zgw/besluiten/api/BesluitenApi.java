package nl.zgw.besluiten.api;

/** The API root of this service (as {@code zgw.api.root}) and its collections. */
public final class BesluitenApi {

    public static final String ROOT = "/besluiten/api/v1";
    public static final String BESLUITEN = "besluiten";
    public static final String BESLUITINFORMATIEOBJECTEN = "besluitinformatieobjecten";

    private BesluitenApi() {
    }
}
