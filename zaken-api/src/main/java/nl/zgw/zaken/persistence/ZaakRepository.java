package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Zaak;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakRepository implements PanacheRepository<Zaak> {

    public Optional<Zaak> byUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    /** One query for a page of zaken (expand, sub-resource rendering). */
    public List<Zaak> byUuids(Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return list("uuid in ?1", uuids);
    }

    /** The deelzaken of these zaken, one query for a page: zaak id to the uuids of its deelzaken (by id). */
    public List<Object[]> deelzaakUuids(Collection<Long> hoofdzaakIds) {
        return PerPagina.uuids(getEntityManager(), "zaak", "hoofdzaak_id", "", hoofdzaakIds);
    }

    public boolean exists(String bronorganisatie, String identificatie) {
        return count("bronorganisatie = ?1 and identificatie = ?2", bronorganisatie, identificatie) > 0;
    }
}
