package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ResultaatRepresentation;
import nl.zgw.zaken.api.ResultaatRequest;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.domain.Resultaat;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.rules.Onveranderlijk;
import nl.zgw.zaken.persistence.ResultaatRepository;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** /resultaten: one resultaat per zaak, its resultaattype of the zaak's zaaktype (zrc-020). */
@ApplicationScoped
public class ResultaatService {

    private final ResultaatRepository resultaten;
    private final ZaakToegang toegang;
    private final Catalogi catalogi;
    private final ZaakWijzigingen wijzigingen;
    private final ResultaatRepresentation representation;
    private final ListQueries lists;
    private final PatchMerger patches;

    public ResultaatService(ResultaatRepository resultaten, ZaakToegang toegang, Catalogi catalogi,
                            ZaakWijzigingen wijzigingen, ResultaatRepresentation representation, ListQueries lists,
                            PatchMerger patches) {
        this.resultaten = resultaten;
        this.toegang = toegang;
        this.catalogi = catalogi;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.lists = lists;
        this.patches = patches;
    }

    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        ListQuery<Resultaat> query = ListQuery.of(Resultaat.class, "e").join("join e.zaak z")
                .fetch("join fetch e.zaak z")
                .where(toegang.zichtbaar(selection.where(), "z", Scopes.Zrc.LEZEN))
                .orderBy(selection.order());
        return lists.page(query, page, representation::render);
    }

    public Resultaat get(UUID uuid) {
        Resultaat resultaat = resultaten.byUuid(uuid).orElseThrow(ZgwException::notFound);
        toegang.require(resultaat.zaak, Scopes.Zrc.LEZEN);
        return resultaat;
    }

    @Transactional
    public Resultaat create(ResultaatRequest body) {
        Resultaat resultaat = new Resultaat();
        resultaat.uuid = UUID.randomUUID();
        write(resultaat, body);
        resultaten.persist(resultaat);
        record(resultaat, "create", null);
        return resultaat;
    }

    @Transactional
    public Resultaat update(UUID uuid, ResultaatRequest body) {
        Resultaat resultaat = wijzigbaar(uuid);
        ObjectNode oud = representation.render(resultaat);
        write(resultaat, body);
        record(resultaat, "update", oud);
        return resultaat;
    }

    @Transactional
    public Resultaat patch(UUID uuid, JsonNode patch) {
        Resultaat resultaat = wijzigbaar(uuid);
        ObjectNode oud = representation.render(resultaat);
        write(resultaat, patches.merge(representation.request(resultaat), patch, ResultaatRequest.class));
        record(resultaat, "partial_update", oud);
        return resultaat;
    }

    @Transactional
    public void delete(UUID uuid) {
        Resultaat resultaat = wijzigbaar(uuid);
        ObjectNode oud = representation.render(resultaat);
        resultaten.delete(resultaat);
        record(resultaat, "destroy", oud);
    }

    /** An existing resultaat the caller may change: bijwerken (or geforceerd) for its zaak; closed: geforceerd. */
    private Resultaat wijzigbaar(UUID uuid) {
        Resultaat resultaat = resultaten.byUuid(uuid).orElseThrow(ZgwException::notFound);
        magWijzigen(resultaat.zaak);
        return resultaat;
    }

    private void magWijzigen(Zaak zaak) {
        magBijwerken(zaak);
        toegang.wijzigbaar(zaak);                                                             // zrc-007
    }

    private void magBijwerken(Zaak zaak) {
        if (!toegang.mag(zaak, Scopes.Zrc.BIJWERKEN) && !toegang.mag(zaak, Scopes.Zrc.GEFORCEERD_BIJWERKEN)) {
            throw ZgwException.permissionDenied();
        }
    }

    private void write(Resultaat resultaat, ResultaatRequest body) {
        ValidationErrors errors = new ValidationErrors();
        boolean nieuw = resultaat.id == null;
        Zaak zaak = nieuw ? zaak(body.zaak(), errors) : resultaat.zaak;
        if (!nieuw) {
            Onveranderlijk.check("zaak", representation.request(resultaat).zaak(), body.zaak()).ifPresent(errors::add);
            Onveranderlijk.check("resultaattype", resultaat.resultaattype, body.resultaattype()).ifPresent(errors::add);
        }
        AtomicReference<Catalogi.Resultaattype> resultaattype = new AtomicReference<>();
        errors.run(() -> resultaattype.set(catalogi.resultaattype("resultaattype", body.resultaattype())));
        if (zaak != null && resultaattype.get() != null) {
            catalogi.hoortBij(resultaattype.get(), zaak.zaaktype).ifPresent(errors::add);      // zrc-020
        }
        if (nieuw && zaak != null && resultaten.vanZaak(zaak).isPresent()) {
            errors.add("zaak", "unique", "Er bestaat al een resultaat met eenzelfde zaak.");
        }
        errors.throwIfAny();
        if (nieuw) {
            // as the reference: the body is validated first (a second resultaat is 400 unique), then whether the
            // closed zaak may change (zrc-007)
            toegang.wijzigbaar(zaak);
        }
        resultaat.zaak = zaak;
        resultaat.resultaattype = body.resultaattype();
        resultaat.toelichting = body.toelichting() == null ? "" : body.toelichting();
    }

    private Zaak zaak(String url, ValidationErrors errors) {
        Zaak zaak = ZaakReferentie.vind(toegang, url, errors);
        if (zaak != null) {
            magBijwerken(zaak);
        }
        return zaak;
    }

    private void record(Resultaat resultaat, String actie, ObjectNode oud) {
        ObjectNode nieuw = actie.equals("destroy") ? null : representation.render(resultaat);
        wijzigingen.record(resultaat.zaak, "resultaat", representation.url(resultaat.uuid), actie, oud, nieuw,
                "resultaat " + resultaat.resultaattype);
    }
}
