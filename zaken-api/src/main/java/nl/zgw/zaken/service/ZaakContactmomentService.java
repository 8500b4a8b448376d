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
import nl.zgw.zaken.api.ZaakContactmomentRepresentation;
import nl.zgw.zaken.client.Klantinteracties;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakContactmoment;
import nl.zgw.zaken.domain.rules.UniekeRelatie;
import nl.zgw.zaken.persistence.ZaakContactmomentRepository;

import java.util.List;
import java.util.UUID;

/**
 * /zaakcontactmomenten: a contactmoment of the Contactmomenten API related to a zaak, checked there and mirrored
 * there as an objectcontactmoment after commit (zrc-025, {@link ZaakSpiegels}). Notified on create, audited always.
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class ZaakContactmomentService {

    public static final String RESOURCE = "zaakcontactmoment";

    private final ZaakContactmomentRepository relaties;
    private final ZaakRelaties zaken;
    private final Klantinteracties klantinteracties;
    private final ZaakSpiegels spiegels;
    private final ZaakWijzigingen wijzigingen;
    private final ZaakContactmomentRepresentation representation;
    private final ListQueries lists;

    public ZaakContactmomentService(ZaakContactmomentRepository relaties, ZaakRelaties zaken,
                                    Klantinteracties klantinteracties, ZaakSpiegels spiegels,
                                    ZaakWijzigingen wijzigingen, ZaakContactmomentRepresentation representation,
                                    ListQueries lists) {
        this.relaties = relaties;
        this.zaken = zaken;
        this.klantinteracties = klantinteracties;
        this.spiegels = spiegels;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.lists = lists;
    }

    public List<ZaakContactmoment> list(Selection selection) {
        return lists.all(ListQuery.of(ZaakContactmoment.class, "e").join("join e.zaak z").fetch("join fetch e.zaak z")
                .where(zaken.toegang().zichtbaar(selection.where(), "z", Scopes.Zrc.LEZEN))
                .orderBy(selection.order()));
    }

    public ZaakContactmoment get(UUID uuid) {
        ZaakContactmoment zcm = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.toegang().require(zcm.zaak, Scopes.Zrc.LEZEN);
        return zcm;
    }

    @Transactional
    public ZaakContactmoment create(String zaakUrl, String contactmoment) {
        ValidationErrors errors = new ValidationErrors();
        Zaak zaak = zaken.referentie("zaak", zaakUrl, errors, Scopes.Zrc.BIJWERKEN);
        if (zaak != null) {
            zaken.toegang().wijzigbaar(zaak);                                   // zrc-007
        }
        errors.run(() -> klantinteracties.contactmoment("contactmoment", contactmoment));
        if (zaak != null) {
            UniekeRelatie.check(relaties.exists(zaak, contactmoment), "contactmoment").ifPresent(errors::add);
        }
        errors.throwIfAny();

        ZaakContactmoment zcm = new ZaakContactmoment();
        zcm.uuid = UUID.randomUUID();
        zcm.zaak = zaak;
        zcm.contactmoment = contactmoment;
        relaties.persist(zcm);
        spiegels.gekoppeld(zcm, wijzigingen.url(zaak));                           // zrc-025, after commit
        wijzigingen.record(zaak, RESOURCE, representation.url(zcm.uuid), "create", null, representation.render(zcm),
                weergave(zcm));
        return zcm;
    }

    @Transactional
    public void delete(UUID uuid) {
        ZaakContactmoment zcm = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.toegang().require(zcm.zaak, Scopes.Zrc.BIJWERKEN);
        zaken.toegang().wijzigbaar(zcm.zaak);                                   // zrc-007
        var oud = representation.render(zcm);
        spiegels.ontkoppeld(zcm, wijzigingen.url(zcm.zaak));                      // zrc-025, after commit
        relaties.delete(zcm);
        wijzigingen.record(zcm.zaak, Wijziging.op(null, "destroy").resource(RESOURCE, representation.url(zcm.uuid))
                .oud(oud).audit(weergave(zcm)));
    }

    private static String weergave(ZaakContactmoment zcm) {
        String w = zcm.zaak.identificatie + " - " + zcm.contactmoment;
        return w.length() > 200 ? w.substring(0, 200) : w;
    }
}
