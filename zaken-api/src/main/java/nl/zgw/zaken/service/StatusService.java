package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.StatusRepresentation;
import nl.zgw.zaken.api.StatusRequest;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.domain.Status;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.rules.DatumStatusGezetNietInToekomst;
import nl.zgw.zaken.domain.rules.StatusDatumUniek;
import nl.zgw.zaken.domain.rules.StatusZettenScope;
import nl.zgw.zaken.persistence.StatusRepository;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** /statussen: list, read and create; a status on a zaak may close it (eindstatus) or reopen it. */
@ApplicationScoped
public class StatusService {

    private final StatusRepository statussen;
    private final ZaakToegang toegang;
    private final Catalogi catalogi;
    private final ZaakAfsluiten afsluiten;
    private final ZaakWijzigingen wijzigingen;
    private final StatusRepresentation representation;
    private final ListQueries lists;
    private final EntityManager em;

    public StatusService(StatusRepository statussen, ZaakToegang toegang, Catalogi catalogi, ZaakAfsluiten afsluiten,
                         ZaakWijzigingen wijzigingen, StatusRepresentation representation, ListQueries lists,
                         EntityManager em) {
        this.statussen = statussen;
        this.toegang = toegang;
        this.catalogi = catalogi;
        this.afsluiten = afsluiten;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.lists = lists;
        this.em = em;
    }

    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        ListQuery<Status> query = ListQuery.of(Status.class, "e").join("join e.zaak z").fetch("join fetch e.zaak z")
                .where(toegang.zichtbaar(selection.where(), "z", Scopes.Zrc.LEZEN))
                .orderBy(selection.order());
        return lists.page(query, page, representation::render);
    }

    public Status get(UUID uuid) {
        Status status = statussen.byUuid(uuid).orElseThrow(ZgwException::notFound);
        toegang.require(status.zaak, Scopes.Zrc.LEZEN);
        return status;
    }

    @Transactional
    public Status create(StatusRequest body) {
        ValidationErrors errors = new ValidationErrors();
        Zaak zaak = zaak(body.zaak(), errors);
        AtomicReference<Catalogi.Statustype> statustype = new AtomicReference<>();
        errors.run(() -> statustype.set(catalogi.statustype("statustype", body.statustype())));
        if (zaak != null && statustype.get() != null) {
            catalogi.hoortBij(statustype.get(), zaak.zaaktype).ifPresent(errors::add);         // zrc-016
        }
        OffsetDateTime gezet = body.datumStatusGezet().truncatedTo(ChronoUnit.MICROS);
        DatumStatusGezetNietInToekomst.check(gezet, OffsetDateTime.now()).ifPresent(errors::add);
        if (zaak != null) {
            StatusDatumUniek.check(statussen.bestaat(zaak, gezet)).ifPresent(errors::add);
        }
        errors.throwIfAny();

        boolean eindstatus = statustype.get().eindstatus();
        if (eindstatus) {
            afsluiten.sluit(zaak, gezet);                                                    // zrc-007, zrc-021
        } else if (zaak.isAfgesloten()) {
            afsluiten.heropen(zaak);                                                         // zrc-008
        }
        Status status = new Status();
        status.uuid = UUID.randomUUID();
        status.zaak = zaak;
        status.statustype = body.statustype();
        status.datumStatusGezet = gezet;
        status.statustoelichting = body.statustoelichting() == null ? "" : body.statustoelichting();
        status.gezetdoor = body.gezetdoor() == null ? "" : body.gezetdoor();
        statussen.persist(status);
        statussen.flush();
        statussen.laatste(zaak).ifPresent(statussen::markeerLaatste);
        em.refresh(status);
        wijzigingen.record(zaak, "status", representation.url(status.uuid), "create", null,
                representation.render(status), "status " + statustype.get().omschrijving());
        return status;
    }

    /**
     * The body's zaak, locked for this transaction (statussen of one zaak are set one at a time, so closing sees
     * every earlier one), with zrc-008's scopes: the first status with zaken.aanmaken too, later ones with
     * zaken.statussen.toevoegen, a closed zaak only with zaken.heropenen.
     */
    private Zaak zaak(String url, ValidationErrors errors) {
        Zaak zaak = ZaakReferentie.vind(toegang, url, errors);
        if (zaak == null) {
            return null;
        }
        em.refresh(zaak, LockModeType.PESSIMISTIC_WRITE);
        List<String> scopes = StatusZettenScope.toegestaan(zaak.isAfgesloten(), statussen.heeftStatus(zaak));
        if (scopes.stream().noneMatch(scope -> toegang.mag(zaak, scope))) {
            throw ZgwException.forbidden("permission_denied", StatusZettenScope.reden(zaak.isAfgesloten()));
        }
        return zaak;
    }
}
