package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Resultaat;
import nl.zgw.zaken.domain.Zaak;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResultaatRepository implements PanacheRepository<Resultaat> {

    public Optional<Resultaat> byUuid(UUID uuid) {
        return find("from Resultaat r join fetch r.zaak where r.uuid = ?1", uuid).firstResultOptional();
    }

    public List<Resultaat> byUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of() : list("from Resultaat r join fetch r.zaak where r.uuid in ?1", uuids);
    }

    public Optional<Resultaat> vanZaak(Zaak zaak) {
        return find("zaak", zaak).firstResultOptional();
    }

    /** zaak id and resultaat uuid for a page of zaken in one query (zaak.resultaat). */
    public List<Object[]> vanZaken(Collection<Long> zaakIds) {
        return PerPagina.uuids(getEntityManager(), "resultaat", "zaak_id", "", zaakIds);
    }
}
