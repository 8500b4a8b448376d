package nl.zgw.catalogi.persistence;

import java.util.UUID;

/** A version of a type in a catalogus: its catalogus, the name its versions share and its uuid. */
public record Versie(Long catalogusId, String naam, UUID uuid) {

    /** A name within one catalogus, what a relation by name (1.3 history model) points at. */
    public record Naam(Long catalogusId, String naam) {
    }

    public Naam sleutel() {
        return new Naam(catalogusId, naam);
    }
}
