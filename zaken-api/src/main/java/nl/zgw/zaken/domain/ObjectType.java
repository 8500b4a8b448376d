package nl.zgw.zaken.domain;

import java.util.List;

/** The objectType of a zaakobject (OAS ObjectTypeEnum, 31 values). */
public final class ObjectType {

    public static final List<String> ALL = List.of("adres", "besluit", "buurt", "enkelvoudig_document", "gemeente",
            "gemeentelijke_openbare_ruimte", "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak",
            "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon",
            "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel",
            "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk",
            "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige");

    private ObjectType() {
    }
}
