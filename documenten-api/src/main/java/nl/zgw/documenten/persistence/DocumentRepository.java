package nl.zgw.documenten.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.zgw.documenten.domain.Bestandsdeel;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;

/** Documents, their versions and their bestandsdelen. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepository<EnkelvoudigInformatieObject> {

    public Optional<EnkelvoudigInformatieObject> byUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    /** The document row locked for update: concurrent writes on one document take turns. */
    public Optional<EnkelvoudigInformatieObject> byUuidForUpdate(UUID uuid) {
        return find("uuid", uuid).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<EioVersie> latest(UUID uuid) {
        return EioVersie.find("select v from EioVersie v join fetch v.document d where d.uuid = ?1 and v.laatste",
                uuid).firstResultOptional();
    }

    public Optional<EioVersie> versie(UUID uuid, int versie) {
        return EioVersie.find("select v from EioVersie v join fetch v.document d where d.uuid = ?1 and v.versie = ?2",
                uuid, versie).firstResultOptional();
    }

    public Optional<EioVersie> registratieOp(UUID uuid, OffsetDateTime op) {
        return EioVersie.find("select v from EioVersie v join fetch v.document d where d.uuid = ?1"
                + " and v.beginRegistratie <= ?2 order by v.beginRegistratie desc, v.versie desc", uuid, op)
                .firstResultOptional();
    }

    public List<EioVersie> latestOf(Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return EioVersie.list("select v from EioVersie v join fetch v.document d where d.uuid in ?1 and v.laatste",
                uuids);
    }

    public List<EioVersie> versions(EnkelvoudigInformatieObject document) {
        return EioVersie.list("document = ?1", document);
    }

    /** The bestandsdelen of the given documents, by document id, in volgnummer order; one query. */
    public Map<Long, List<Bestandsdeel>> delen(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<Bestandsdeel> all = Bestandsdeel.list("document.id in ?1 order by volgnummer", documentIds);
        return all.stream().collect(Collectors.groupingBy(d -> d.document.id));
    }

    public List<Bestandsdeel> delen(EnkelvoudigInformatieObject document) {
        return Bestandsdeel.list("document = ?1 order by volgnummer", document);
    }

    public Optional<Bestandsdeel> deel(UUID uuid) {
        return Bestandsdeel.find("select b from Bestandsdeel b join fetch b.document where b.uuid = ?1", uuid)
                .firstResultOptional();
    }

    public boolean identificatieTaken(String bronorganisatie, String identificatie, Long exceptDocument) {
        return EioVersie.count("bronorganisatie = ?1 and identificatie = ?2 and laatste and document.id <> ?3",
                bronorganisatie, identificatie, exceptDocument == null ? -1L : exceptDocument) > 0;
    }

    public long nextIdentificatieNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('eio_identificatie_seq')")
                .getSingleResult()).longValue();
    }

    public boolean contentKeyKnown(String key) {
        return EioVersie.count("contentKey", key) > 0;
    }

    public boolean uploadKnown(String uploadId) {
        return count("uploadId", uploadId) > 0;
    }
}
