package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakEigenschap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakEigenschapRepository implements PanacheRepository<ZaakEigenschap> {

    /** The zaakeigenschap with this uuid of this zaak (a uuid under another zaak is absent). */
    public Optional<ZaakEigenschap> van(Zaak zaak, UUID uuid) {
        return find("zaak = ?1 and uuid = ?2", zaak, uuid).firstResultOptional();
    }

    public List<ZaakEigenschap> vanZaak(Zaak zaak) {
        return list("zaak = ?1 order by id", zaak);
    }

    public List<ZaakEigenschap> byUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of()
                : list("from ZaakEigenschap e join fetch e.zaak where e.uuid in ?1 order by e.id", uuids);
    }

    /** The waarde of the zaak's first zaakeigenschap with this naam (zrc-021, afleidingswijze eigenschap). */
    public Optional<String> waarde(Zaak zaak, String naam) {
        return find("zaak = ?1 and naam = ?2 order by id", zaak, naam).firstResultOptional().map(e -> e.waarde);
    }

    /** zaak id and uuid of every zaakeigenschap of a page of zaken, in one query (zaak.eigenschappen). */
    public List<Object[]> vanZaken(Collection<Long> zaakIds) {
        return PerPagina.uuids(getEntityManager(), "zaakeigenschap", "zaak_id", "", zaakIds);
    }
}
