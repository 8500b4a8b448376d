package nl.zgw.autorisaties.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.domain.ApplicatieEntity;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.AutorisatieEntity;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.autorisaties.domain.ClientIdEntity;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Slice;
import nl.zgw.common.query.Where;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Applicaties with their client ids and autorisaties; lists load those in two batch queries, never per row. */
@ApplicationScoped
public class ApplicatieRepository implements PanacheRepository<ApplicatieEntity> {

    private final ListQueries lists;

    public ApplicatieRepository(ListQueries lists) {
        this.lists = lists;
    }

    public Optional<ApplicatieEntity> findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    public Optional<ApplicatieEntity> findByClientId(String clientId) {
        return getEntityManager().createQuery("select a from ApplicatieEntity a where a.id = "
                        + "(select c.applicatieId from ClientIdEntity c where c.clientId = :id)", ApplicatieEntity.class)
                .setParameter("id", clientId).getResultStream().findFirst();
    }

    /** Client ids of {@code clientIds} already held by an Applicatie other than {@code except} (null: any). */
    public List<String> clientIdsInUse(Collection<String> clientIds, Long except) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        var q = getEntityManager().createQuery("select c.clientId from ClientIdEntity c where c.clientId in :ids"
                + (except == null ? "" : " and c.applicatieId <> :except") + " order by c.clientId", String.class)
                .setParameter("ids", clientIds);
        if (except != null) {
            q.setParameter("except", except);
        }
        return q.getResultList();
    }

    /**
     * The condition "Applicatie {@code a} holds every one of {@code clientIds}" (the reference implementation's
     * {@code contains}), for a list's filter declaration; none given is no condition.
     */
    public static void holdingEvery(List<String> clientIds, Where where) {
        if (!clientIds.isEmpty()) {
            where.and("(select count(c) from ClientIdEntity c where c.applicatieId = a.id and c.clientId in "
                    + where.bind(clientIds) + ") = " + where.bind((long) clientIds.size()));
        }
    }

    /** One page of Applicaties {@code a} with their client ids and autorisaties (two batch queries). */
    public Slice<ApplicatieGegevens> page(Where where, String order, PageRequest page) {
        Slice<ApplicatieEntity> slice = lists.slice(ListQuery.of(ApplicatieEntity.class, "a").where(where)
                .orderBy(order), page);
        return new Slice<>(slice.count(), gegevens(slice.rows()));
    }

    /** The entities with their client ids and autorisaties, in the given order. */
    public List<ApplicatieGegevens> gegevens(List<ApplicatieEntity> applicaties) {
        if (applicaties.isEmpty()) {
            return List.of();
        }
        List<Long> ids = applicaties.stream().map(a -> a.id).toList();
        Map<Long, List<String>> clientIds = new LinkedHashMap<>();
        getEntityManager().createQuery("select c from ClientIdEntity c where c.applicatieId in :ids"
                        + " order by c.applicatieId, c.positie", ClientIdEntity.class)
                .setParameter("ids", ids).getResultList()
                .forEach(c -> clientIds.computeIfAbsent(c.applicatieId, k -> new ArrayList<>()).add(c.clientId));
        Map<Long, List<AutorisatieGegevens>> autorisaties = new LinkedHashMap<>();
        getEntityManager().createQuery("select a from AutorisatieEntity a where a.applicatieId in :ids"
                        + " order by a.applicatieId, a.positie", AutorisatieEntity.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> autorisaties.computeIfAbsent(a.applicatieId, k -> new ArrayList<>()).add(
                        new AutorisatieGegevens(Component.of(a.component).orElseThrow(), a.scopes, a.typeUrl,
                                a.maxVertrouwelijkheidaanduiding)));
        return applicaties.stream().map(a -> new ApplicatieGegevens(a.uuid, clientIds.getOrDefault(a.id, List.of()),
                a.label, a.heeftAlleAutorisaties, a.alleenIsGereedVoorPublicatie,
                autorisaties.getOrDefault(a.id, List.of()))).toList();
    }

    public ApplicatieGegevens gegevens(ApplicatieEntity applicatie) {
        return gegevens(List.of(applicatie)).get(0);
    }

    /** Replaces the client ids and autorisaties of an Applicatie. */
    public void replaceChildren(ApplicatieEntity applicatie, List<String> clientIds,
                                List<AutorisatieGegevens> autorisaties) {
        deleteChildren(applicatie.id);
        getEntityManager().flush();
        for (int i = 0; i < clientIds.size(); i++) {
            ClientIdEntity c = new ClientIdEntity();
            c.clientId = clientIds.get(i);
            c.applicatieId = applicatie.id;
            c.positie = i;
            getEntityManager().persist(c);
        }
        for (int i = 0; i < autorisaties.size(); i++) {
            AutorisatieGegevens g = autorisaties.get(i);
            AutorisatieEntity a = new AutorisatieEntity();
            a.applicatieId = applicatie.id;
            a.positie = i;
            a.component = g.component().code();
            a.scopes = new ArrayList<>(g.scopes());
            a.typeUrl = g.type();
            a.typeUuid = trailingUuid(g.type());
            a.maxVertrouwelijkheidaanduiding = g.maxVertrouwelijkheidaanduiding();
            getEntityManager().persist(a);
        }
    }

    public void deleteChildren(Long applicatieId) {
        getEntityManager().createQuery("delete from ClientIdEntity c where c.applicatieId = :id")
                .setParameter("id", applicatieId).executeUpdate();
        getEntityManager().createQuery("delete from AutorisatieEntity a where a.applicatieId = :id")
                .setParameter("id", applicatieId).executeUpdate();
    }

    /**
     * Deletes the autorisaties of {@code component} on the type at {@code typeUrl} (matched by URL, or by the uuid
     * at its end so the same type under another host name is found too); returns the affected applicaties.
     */
    public List<ApplicatieEntity> deleteAutorisatiesForType(Component component, String typeUrl) {
        UUID uuid = trailingUuid(typeUrl);
        List<Long> ids = getEntityManager().createQuery("select distinct a.applicatieId from AutorisatieEntity a"
                        + " where a.component = :component and (a.typeUrl = :url or a.typeUuid = :uuid)", Long.class)
                .setParameter("component", component.code()).setParameter("url", typeUrl)
                .setParameter("uuid", uuid).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        getEntityManager().createQuery("delete from AutorisatieEntity a where a.component = :component"
                        + " and (a.typeUrl = :url or a.typeUuid = :uuid)")
                .setParameter("component", component.code()).setParameter("url", typeUrl)
                .setParameter("uuid", uuid).executeUpdate();
        return list("id in ?1", ids);
    }

    static UUID trailingUuid(String url) {
        return ResourceUrl.trailingUuid(url).orElse(null);
    }
}
