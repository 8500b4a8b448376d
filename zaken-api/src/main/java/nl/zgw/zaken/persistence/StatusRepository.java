package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Status;
import nl.zgw.zaken.domain.Zaak;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatusRepository implements PanacheRepository<Status> {

    public Optional<Status> byUuid(UUID uuid) {
        return find("from Status s join fetch s.zaak where s.uuid = ?1", uuid).firstResultOptional();
    }

    public List<Status> byUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of() : list("from Status s join fetch s.zaak where s.uuid in ?1", uuids);
    }

    public boolean heeftStatus(Zaak zaak) {
        return count("zaak", zaak) > 0;
    }

    public boolean bestaat(Zaak zaak, OffsetDateTime datumStatusGezet) {
        return count("zaak = ?1 and datumStatusGezet = ?2", zaak, datumStatusGezet) > 0;
    }

    /** The zaak's status with the latest datumStatusGezet, if any. */
    public Optional<Status> laatste(Zaak zaak) {
        return find("zaak = ?1 order by datumStatusGezet desc, id desc", zaak).firstResultOptional();
    }

    /** Marks {@code laatste} as the latest status of its zaak and every other one of it as not. */
    public void markeerLaatste(Status laatste) {
        update("laatstGezet = false where zaak = ?1 and id <> ?2 and laatstGezet = true", laatste.zaak, laatste.id);
        update("laatstGezet = true where id = ?1", laatste.id);
    }

    /** zaak id and uuid of the latest status, for a page of zaken in one query (zaak.status). */
    public List<Object[]> laatsteVan(Collection<Long> zaakIds) {
        return PerPagina.uuids(getEntityManager(), "status", "zaak_id", "laatst_gezet", zaakIds);
    }
}
