package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakEigenschapRepresentation;
import nl.zgw.zaken.api.ZaakEigenschapRequest;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakEigenschap;
import nl.zgw.zaken.domain.rules.Onveranderlijk;
import nl.zgw.zaken.persistence.ZaakEigenschapRepository;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * /zaken/{zaak_uuid}/zaakeigenschappen: the eigenschap of the zaak's zaaktype (zrc-018), its naam copied; only the
 * waarde changes on update.
 */
@ApplicationScoped
public class ZaakEigenschapService {

    private final ZaakEigenschapRepository eigenschappen;
    private final ZaakToegang toegang;
    private final Catalogi catalogi;
    private final ZaakWijzigingen wijzigingen;
    private final ZaakEigenschapRepresentation representation;
    private final PatchMerger patches;

    public ZaakEigenschapService(ZaakEigenschapRepository eigenschappen, ZaakToegang toegang, Catalogi catalogi,
                                 ZaakWijzigingen wijzigingen, ZaakEigenschapRepresentation representation,
                                 PatchMerger patches) {
        this.eigenschappen = eigenschappen;
        this.toegang = toegang;
        this.catalogi = catalogi;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.patches = patches;
    }

    public List<ZaakEigenschap> list(UUID zaakUuid) {
        return eigenschappen.vanZaak(toegang.zaak(zaakUuid, Scopes.Zrc.LEZEN));
    }

    public ZaakEigenschap get(UUID zaakUuid, UUID uuid) {
        Zaak zaak = toegang.zaak(zaakUuid, Scopes.Zrc.LEZEN);
        return eigenschappen.van(zaak, uuid).orElseThrow(ZgwException::notFound);
    }

    @Transactional
    public ZaakEigenschap create(UUID zaakUuid, ZaakEigenschapRequest body) {
        Zaak zaak = wijzigbareZaak(zaakUuid);
        ZaakEigenschap e = new ZaakEigenschap();
        e.uuid = UUID.randomUUID();
        e.zaak = zaak;
        write(e, body);
        eigenschappen.persist(e);
        record(e, "create", null);
        return e;
    }

    @Transactional
    public ZaakEigenschap update(UUID zaakUuid, UUID uuid, ZaakEigenschapRequest body) {
        ZaakEigenschap e = wijzigbaar(zaakUuid, uuid);
        ObjectNode oud = representation.render(e);
        write(e, body);
        record(e, "update", oud);
        return e;
    }

    @Transactional
    public ZaakEigenschap patch(UUID zaakUuid, UUID uuid, JsonNode patch) {
        ZaakEigenschap e = wijzigbaar(zaakUuid, uuid);
        ObjectNode oud = representation.render(e);
        write(e, patches.merge(representation.request(e), patch, ZaakEigenschapRequest.class));
        record(e, "partial_update", oud);
        return e;
    }

    @Transactional
    public void delete(UUID zaakUuid, UUID uuid) {
        ZaakEigenschap e = wijzigbaar(zaakUuid, uuid);
        ObjectNode oud = representation.render(e);
        eigenschappen.delete(e);
        record(e, "destroy", oud);
    }

    private ZaakEigenschap wijzigbaar(UUID zaakUuid, UUID uuid) {
        Zaak zaak = wijzigbareZaak(zaakUuid);
        return eigenschappen.van(zaak, uuid).orElseThrow(ZgwException::notFound);
    }

    /** The path's zaak for bijwerken (or geforceerd-bijwerken); a closed one only with geforceerd (zrc-007). */
    private Zaak wijzigbareZaak(UUID zaakUuid) {
        Zaak zaak = toegang.zaak(zaakUuid, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN);
        toegang.wijzigbaar(zaak);
        return zaak;
    }

    private void write(ZaakEigenschap e, ZaakEigenschapRequest body) {
        ValidationErrors errors = new ValidationErrors();
        String zaakUrl = wijzigingen.url(e.zaak);
        if (!Objects.equals(ZaakToegang.uuidOf(body.zaak()).orElse(null), e.zaak.uuid)) {
            errors.add("zaak", "invalid", "De zaak moet de zaak van het pad zijn: " + zaakUrl);
        }
        if (e.id != null) {
            Onveranderlijk.check("eigenschap", e.eigenschap, body.eigenschap()).ifPresent(errors::add);
        }
        AtomicReference<Catalogi.Eigenschap> eigenschap = new AtomicReference<>();
        errors.run(() -> eigenschap.set(catalogi.eigenschap("eigenschap", body.eigenschap())));
        if (eigenschap.get() != null) {
            catalogi.hoortBij(eigenschap.get(), e.zaak.zaaktype).ifPresent(errors::add);       // zrc-018
        }
        errors.throwIfAny();
        e.eigenschap = body.eigenschap();
        e.naam = eigenschap.get().naam() == null ? "" : eigenschap.get().naam();
        e.waarde = body.waarde();
    }

    private void record(ZaakEigenschap e, String actie, ObjectNode oud) {
        ObjectNode nieuw = actie.equals("destroy") ? null : representation.render(e);
        wijzigingen.record(e.zaak, "zaakeigenschap", representation.url(e.zaak.uuid, e.uuid), actie, oud, nieuw,
                "zaakeigenschap " + e.naam);
    }
}
