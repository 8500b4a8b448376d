package nl.zgw.zaken.config;

/** Constants of the Zaken API. */
public final class ZakenApi {

    /** The API root path (also {@code zgw.api.root}). */
    public static final String ROOT = "/zaken/api/v1";
    public static final String ZAKEN = "zaken";

    private ZakenApi() {
    }
}
