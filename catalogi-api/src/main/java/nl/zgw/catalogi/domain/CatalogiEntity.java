package nl.zgw.catalogi.domain;

import jakarta.persistence.MappedSuperclass;
import nl.zgw.common.persistence.IdentifiedEntity;

/** Every resource of the catalogue: a database id for joins and the uuid of its URL (the shared base). */
@MappedSuperclass
public abstract class CatalogiEntity extends IdentifiedEntity {
}
