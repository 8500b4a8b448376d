package nl.zgw.zaken.api;

/** The paths of the zaak parts this package serves (rollen, zaakobjecten, klantcontacten, zaaknotities). */
public final class DelenPaden {

    public static final String ROOT = "/zaken/api/v1";

    private DelenPaden() {
    }
}
