package nl.zgw.common.subresource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.persistence.IdentifiedEntity;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One sub-resource of a {@link Hoofdobject} (a rol of a zaak, a gebruiksrecht of a document): its declaration and the
 * CRUD skeleton every such resource shares, so that a service adds only its own rules. Declared with
 * {@link SubResources#declare} and the methods below, each returning a new, immutable declaration:
 * <pre>
 * rollen = subResources.declare(Rol.class, "rol", zaakDelen, rol -&gt; rol.zaak)
 *         .kanaal("zaken").vind(repository::byUuid).render(representation::render)
 *         .weergave(rol -&gt; rol.roltype)
 *         .voorVerwijderen(rol -&gt; ZaakArchiefstatusToegestaan.vereist(...));
 *
 * Rol rol = rollen.get(uuid, Handeling.LEZEN);                        // 404, 403 by the zaak's autorisatie
 * Page&lt;ObjectNode&gt; page = rollen.page(selection, pageRequest, representation::render);
 * rollen.create(new Rol(), rol -&gt; write(rol, body));                   // rules and fields, then persisted, recorded
 * rollen.update(uuid, "update", rol -&gt; write(rol, body));
 * rollen.delete(uuid);
 * </pre>
 * The writes run in the caller's transaction (the use case's {@code @Transactional}); each records its audit trail
 * entry in the hoofdobject's trail and, with a kanaal, its notification with the hoofdobject's kenmerken
 * ({@link Wijzigingen#record}, MANDATORY).
 *
 * @param <E> the sub-resource's entity
 * @param <H> its hoofdobject's entity
 */
public final class SubResource<E extends IdentifiedEntity, H> {

    /** The audit trail's {@code resourceWeergave} holds 200 characters. */
    static final int WEERGAVE = 200;

    private final Deps deps;
    private final Class<? extends E> type;
    private final String naam;
    private final Hoofdobject<H> hoofdobject;
    private final Function<E, H> hoofdobjectVan;
    // the declaration's choices; set only on a fresh copy (see met), so a declared SubResource never changes
    private String kanaal;
    private Set<String> genotificeerd = Set.of();
    private Function<UUID, Optional<E>> vind;
    private Function<E, ObjectNode> render;
    private Function<E, String> weergave = e -> "";
    private BiConsumer<H, Handeling> toegang;
    private Consumer<E> naAanmaken = e -> { };
    private Consumer<E> voorVerwijderen = e -> { };
    private Consumer<E> naVerwijderen = e -> { };

    /** The library beans a sub-resource uses. */
    record Deps(ListQueries lists, Wijzigingen wijzigingen, EntityManager em) {
    }

    SubResource(Deps deps, Class<? extends E> type, String naam, Hoofdobject<H> hoofdobject,
                Function<E, H> hoofdobjectVan) {
        this.deps = deps;
        this.type = type;
        this.naam = naam;
        this.hoofdobject = hoofdobject;
        this.hoofdobjectVan = hoofdobjectVan;
        this.toegang = hoofdobject::toegang;
    }

    private SubResource<E, H> met(Consumer<SubResource<E, H>> keuze) {
        SubResource<E, H> s = new SubResource<>(deps, type, naam, hoofdobject, hoofdobjectVan);
        s.kanaal = kanaal;
        s.genotificeerd = genotificeerd;
        s.vind = vind;
        s.render = render;
        s.weergave = weergave;
        s.toegang = toegang;
        s.naAanmaken = naAanmaken;
        s.voorVerwijderen = voorVerwijderen;
        s.naVerwijderen = naVerwijderen;
        keuze.accept(s);
        return s;
    }

    // ---------------------------------------------------------------- the declaration

    /**
     * Its writes are notified on {@code kanaal}: those with one of {@code acties} (e.g. only {@code create}, as the
     * OAS lists it), or every write when none is given; without a kanaal they are only audited.
     */
    public SubResource<E, H> kanaal(String kanaal, String... acties) {
        return met(s -> {
            s.kanaal = kanaal;
            s.genotificeerd = Set.of(acties);
        });
    }

    /** Finds one by uuid, with its hoofdobject fetched (required). */
    public SubResource<E, H> vind(Function<UUID, Optional<E>> vind) {
        return met(s -> s.vind = vind);
    }

    /** Its representation (required): kept in the audit trail, its {@code url} is the notification's resourceUrl. */
    public SubResource<E, H> render(Function<E, ObjectNode> render) {
        return met(s -> s.render = render);
    }

    /** How the audit trail shows it ({@code resourceWeergave}, cut at 200 characters). */
    public SubResource<E, H> weergave(Function<E, String> weergave) {
        return met(s -> s.weergave = weergave);
    }

    /** Its own access check on the hoofdobject, where it differs from the hoofdobject's usual one. */
    public SubResource<E, H> toegang(BiConsumer<H, Handeling> toegang) {
        return met(s -> s.toegang = toegang);
    }

    /** What follows a create, once the row is persisted and before it is recorded (e.g. a mirror planned). */
    public SubResource<E, H> naAanmaken(Consumer<E> naAanmaken) {
        return met(s -> s.naAanmaken = naAanmaken);
    }

    /** The rules a delete must pass (throw to refuse) and what goes before the row (e.g. a mirror's removal). */
    public SubResource<E, H> voorVerwijderen(Consumer<E> voorVerwijderen) {
        return met(s -> s.voorVerwijderen = voorVerwijderen);
    }

    /** What follows a delete, once the row is removed (flush first to count without it) and before it is recorded. */
    public SubResource<E, H> naVerwijderen(Consumer<E> naVerwijderen) {
        return met(s -> s.naVerwijderen = naVerwijderen);
    }

    // ---------------------------------------------------------------- reads

    /** The one with this uuid: 404 when absent, 403 when the hoofdobject's autorisatie refuses {@code handeling}. */
    public E get(UUID uuid, Handeling handeling) {
        E e = Objects.requireNonNull(vind, "vind").apply(uuid).orElseThrow(ZgwException::notFound);
        toegang.accept(hoofdobjectVan.apply(e), handeling);
        return e;
    }

    /** What a list runs: the filters' conditions and order on alias {@code e}, joined to the visible hoofdobjecten. */
    public ListQuery<E> query(Selection selection) {
        @SuppressWarnings("unchecked") // the rows of a subclass of E are E's: a kind declared on its common type
        Class<E> rows = (Class<E>) type;
        return ListQuery.of(rows, "e").join(hoofdobject.join()).fetch(hoofdobject.fetch())
                .where(hoofdobject.zichtbaar(selection.where())).orderBy(selection.order());
    }

    /** Every visible one matching the filters (the lists the standard does not paginate). */
    public List<E> list(Selection selection) {
        return deps.lists().all(query(selection));
    }

    /** One page of the visible ones matching the filters, rendered a page at once. */
    public <T> Page<T> page(Selection selection, PageRequest page, Function<List<E>, List<T>> renderPage) {
        return deps.lists().page(query(selection), page, renderPage);
    }

    // ---------------------------------------------------------------- writes

    /**
     * Creates {@code nieuw}: {@code schrijf} runs the sub-resource's rules and sets its fields, its hoofdobject
     * included (and checks the caller may use that one); then it is persisted, followed up and recorded.
     */
    public E create(E nieuw, Consumer<? super E> schrijf) {
        if (nieuw.uuid == null) {
            nieuw.uuid = UUID.randomUUID();
        }
        schrijf.accept(nieuw);
        deps.em().persist(nieuw);
        naAanmaken.accept(nieuw);
        record("create", nieuw, null, render(nieuw));
        return nieuw;
    }

    /** Changes the one with this uuid ({@link Handeling#BIJWERKEN}) by {@code schrijf}; {@code actie} e.g. update. */
    public E update(UUID uuid, String actie, Consumer<? super E> schrijf) {
        E e = get(uuid, Handeling.BIJWERKEN);
        ObjectNode oud = render(e);
        schrijf.accept(e);
        record(actie, e, oud, render(e));
        return e;
    }

    /** Deletes the one with this uuid ({@link Handeling#VERWIJDEREN}), after its own rules. */
    public void delete(UUID uuid) {
        E e = get(uuid, Handeling.VERWIJDEREN);
        ObjectNode oud = render(e);
        voorVerwijderen.accept(e);
        deps.em().remove(e);
        naVerwijderen.accept(e);
        record("destroy", e, oud, null);
    }

    private ObjectNode render(E e) {
        return Objects.requireNonNull(render, "render").apply(e);
    }

    private void record(String actie, E e, ObjectNode oud, ObjectNode nieuw) {
        H h = hoofdobjectVan.apply(e);
        String url = (nieuw != null ? nieuw : oud).get("url").asText();
        String notificatie = genotificeerd.isEmpty() || genotificeerd.contains(actie) ? kanaal : null;
        deps.wijzigingen().record(Wijziging.op(notificatie, actie).resource(naam, url)
                .hoofdObject(hoofdobject.url(h), notificatie == null ? null : hoofdobject.kenmerken(h))
                .oud(oud).nieuw(nieuw).audit(weergave(e)));
    }

    private String weergave(E e) {
        String w = weergave.apply(e);
        return w == null || w.length() <= WEERGAVE ? w : w.substring(0, WEERGAVE);
    }
}
