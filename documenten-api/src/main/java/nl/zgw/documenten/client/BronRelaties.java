package nl.zgw.documenten.client;

/**
 * drc-004: whether the relation an objectinformatieobject mirrors exists in its source API (the zaakinformatieobject
 * in the Zaken API, the besluitinformatieobject in the Besluiten API). The seam the objectinformatieobject rule is
 * tested through; {@link RemoteBronRelaties} asks the source API.
 */
public interface BronRelaties {

    /** OBJECT_ONBEREIKBAAR: the object URL does not answer; GEEN_OBJECT: it answers, but not with a zaak/besluit. */
    enum Uitkomst { BESTAAT, ONTBREEKT, OBJECT_ONBEREIKBAAR, GEEN_OBJECT }

    Uitkomst check(String objectType, String object, String informatieobject);
}
