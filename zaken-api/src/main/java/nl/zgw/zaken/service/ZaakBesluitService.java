package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakBesluitRepresentation;
import nl.zgw.zaken.client.Besluiten;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakBesluit;
import nl.zgw.zaken.domain.rules.UniekeRelatie;
import nl.zgw.zaken.persistence.ZaakBesluitRepository;

import java.util.List;
import java.util.UUID;

/**
 * /zaken/{zaak_uuid}/besluiten: the Besluiten API registers the besluiten of a zaak here (brc-006) and removes them
 * when the besluit goes; the besluit URL is checked there. zrc-007 applies (a zaakbesluit is zaak data). Notified on
 * create (as the reference implementation), audited always.
 */
@ApplicationScoped
public class ZaakBesluitService {

    public static final String RESOURCE = "zaakbesluit";

    private final ZaakBesluitRepository relaties;
    private final ZaakToegang toegang;
    private final Besluiten besluiten;
    private final ZaakWijzigingen wijzigingen;
    private final ZaakBesluitRepresentation representation;

    public ZaakBesluitService(ZaakBesluitRepository relaties, ZaakToegang toegang, Besluiten besluiten,
                              ZaakWijzigingen wijzigingen, ZaakBesluitRepresentation representation) {
        this.relaties = relaties;
        this.toegang = toegang;
        this.besluiten = besluiten;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
    }

    public List<ZaakBesluit> list(UUID zaakUuid) {
        return relaties.ofZaak(toegang.zaak(zaakUuid, Scopes.Zrc.LEZEN));
    }

    public ZaakBesluit get(UUID zaakUuid, UUID uuid) {
        Zaak zaak = toegang.zaak(zaakUuid, Scopes.Zrc.LEZEN);
        return vanZaak(zaak, uuid);
    }

    @Transactional
    public ZaakBesluit create(UUID zaakUuid, String besluit) {
        Zaak zaak = toegang.zaak(zaakUuid, Scopes.Zrc.BIJWERKEN);
        toegang.wijzigbaar(zaak);                                                 // zrc-007
        ValidationErrors errors = new ValidationErrors();
        errors.run(() -> besluiten.besluit("besluit", besluit));
        UniekeRelatie.check(relaties.exists(zaak, besluit), "besluit").ifPresent(errors::add);
        errors.throwIfAny();

        ZaakBesluit zb = new ZaakBesluit();
        zb.uuid = UUID.randomUUID();
        zb.zaak = zaak;
        zb.besluit = besluit;
        relaties.persist(zb);
        wijzigingen.record(zaak, RESOURCE, representation.url(zaak.uuid, zb.uuid), "create", null,
                representation.render(zb), weergave(zb));
        return zb;
    }

    @Transactional
    public void delete(UUID zaakUuid, UUID uuid) {
        Zaak zaak = toegang.zaak(zaakUuid, Scopes.Zrc.BIJWERKEN);
        ZaakBesluit zb = vanZaak(zaak, uuid);
        toegang.wijzigbaar(zaak);                                                 // zrc-007
        var oud = representation.render(zb);
        relaties.delete(zb);
        wijzigingen.record(zaak, Wijziging.op(null, "destroy").resource(RESOURCE, representation.url(zaak.uuid, uuid))
                .oud(oud).audit(weergave(zb)));
    }

    private ZaakBesluit vanZaak(Zaak zaak, UUID uuid) {
        return relaties.byUuid(uuid).filter(zb -> zb.zaak.id.equals(zaak.id)).orElseThrow(ZgwException::notFound);
    }

    private static String weergave(ZaakBesluit zb) {
        String w = zb.zaak.identificatie + " - " + zb.besluit;
        return w.length() > 200 ? w.substring(0, 200) : w;
    }
}
