package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakVerzoekRepresentation;
import nl.zgw.zaken.client.Klantinteracties;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakVerzoek;
import nl.zgw.zaken.domain.rules.UniekeRelatie;
import nl.zgw.zaken.persistence.ZaakVerzoekRepository;

import java.util.List;
import java.util.UUID;

/**
 * /zaakverzoeken: a verzoek of the Verzoeken API related to a zaak, checked there and mirrored
 * there as an objectverzoek after commit (zrc-024, {@link ZaakSpiegels}). Notified on create, audited always.
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class ZaakVerzoekService {

    public static final String RESOURCE = "zaakverzoek";

    private final ZaakVerzoekRepository relaties;
    private final ZaakRelaties zaken;
    private final Klantinteracties klantinteracties;
    private final ZaakSpiegels spiegels;
    private final ZaakWijzigingen wijzigingen;
    private final ZaakVerzoekRepresentation representation;
    private final ListQueries lists;

    public ZaakVerzoekService(ZaakVerzoekRepository relaties, ZaakRelaties zaken,
                                    Klantinteracties klantinteracties, ZaakSpiegels spiegels,
                                    ZaakWijzigingen wijzigingen, ZaakVerzoekRepresentation representation,
                                    ListQueries lists) {
        this.relaties = relaties;
        this.zaken = zaken;
        this.klantinteracties = klantinteracties;
        this.spiegels = spiegels;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.lists = lists;
    }

    public List<ZaakVerzoek> list(Selection selection) {
        return lists.all(ListQuery.of(ZaakVerzoek.class, "e").join("join e.zaak z").fetch("join fetch e.zaak z")
                .where(zaken.toegang().zichtbaar(selection.where(), "z", Scopes.Zrc.LEZEN))
                .orderBy(selection.order()));
    }

    public ZaakVerzoek get(UUID uuid) {
        ZaakVerzoek zv = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.toegang().require(zv.zaak, Scopes.Zrc.LEZEN);
        return zv;
    }

    @Transactional
    public ZaakVerzoek create(String zaakUrl, String verzoek) {
        ValidationErrors errors = new ValidationErrors();
        Zaak zaak = zaken.referentie("zaak", zaakUrl, errors, Scopes.Zrc.BIJWERKEN);
        if (zaak != null) {
            zaken.toegang().wijzigbaar(zaak);                                   // zrc-007
        }
        errors.run(() -> klantinteracties.verzoek("verzoek", verzoek));
        if (zaak != null) {
            UniekeRelatie.check(relaties.exists(zaak, verzoek), "verzoek").ifPresent(errors::add);
        }
        errors.throwIfAny();

        ZaakVerzoek zv = new ZaakVerzoek();
        zv.uuid = UUID.randomUUID();
        zv.zaak = zaak;
        zv.verzoek = verzoek;
        relaties.persist(zv);
        spiegels.gekoppeld(zv, wijzigingen.url(zaak));                           // zrc-024, after commit
        wijzigingen.record(zaak, RESOURCE, representation.url(zv.uuid), "create", null, representation.render(zv),
                weergave(zv));
        return zv;
    }

    @Transactional
    public void delete(UUID uuid) {
        ZaakVerzoek zv = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.toegang().require(zv.zaak, Scopes.Zrc.BIJWERKEN);
        zaken.toegang().wijzigbaar(zv.zaak);                                   // zrc-007
        var oud = representation.render(zv);
        spiegels.ontkoppeld(zv, wijzigingen.url(zv.zaak));                      // zrc-024, after commit
        relaties.delete(zv);
        wijzigingen.record(zv.zaak, Wijziging.op(null, "destroy").resource(RESOURCE, representation.url(zv.uuid))
                .oud(oud).audit(weergave(zv)));
    }

    private static String weergave(ZaakVerzoek zv) {
        String w = zv.zaak.identificatie + " - " + zv.verzoek;
        return w.length() > 200 ? w.substring(0, 200) : w;
    }
}
