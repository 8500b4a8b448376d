package nl.zgw.catalogi.persistence;

import java.util.UUID;

/** A type of a zaaktype version (statustype, roltype, ...): its zaaktype, uuid and name. */
public record Onderdeel(Long zaaktypeId, UUID uuid, String naam) {
}
