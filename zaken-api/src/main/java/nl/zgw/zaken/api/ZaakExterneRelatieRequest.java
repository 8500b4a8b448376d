package nl.zgw.zaken.api;

/** The body of a POST of a zaak's relation to an external object: the zaak and the object, under its own name. */
public interface ZaakExterneRelatieRequest {

    String zaak();

    /** The related object's URL. */
    String doel();
}
