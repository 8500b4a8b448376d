package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakExterneRelatieRepresentation;
import nl.zgw.zaken.config.ZakenKanaal;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakExterneRelatie;
import nl.zgw.zaken.domain.rules.UniekeRelatie;
import nl.zgw.zaken.persistence.ZaakExterneRelatieRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /zaakcontactmomenten and /zaakverzoeken ({@link ExterneRelatieSoort}): an object of an API outside this project
 * related to a zaak, checked there and mirrored there after commit (zrc-024, zrc-025, {@link ZaakSpiegels}).
 * Notified on create, audited always; changing one needs zaken.bijwerken for the zaak (zrc-007 when it is closed).
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class ZaakExterneRelaties {

    private final Map<ExterneRelatieSoort, SubResource<ZaakExterneRelatie, Zaak>> soorten;
    private final Map<ExterneRelatieSoort, ZaakExterneRelatieRepresentation> representations;
    private final ZaakExterneRelatieRepository relaties;
    private final ZaakRelaties zaken;
    private final ReferenceValidator references;

    public ZaakExterneRelaties(SubResources subResources, ZaakDelen delen, ZaakExterneRelatieRepository relaties,
                               ZaakRelaties zaken, ReferenceValidator references, ZaakSpiegels spiegels,
                               PublicUrls urls) {
        this.relaties = relaties;
        this.zaken = zaken;
        this.references = references;
        this.representations = Map.of(
                ExterneRelatieSoort.CONTACTMOMENT, new ZaakExterneRelatieRepresentation(urls, ExterneRelatieSoort.CONTACTMOMENT),
                ExterneRelatieSoort.VERZOEK, new ZaakExterneRelatieRepresentation(urls, ExterneRelatieSoort.VERZOEK));
        this.soorten = Map.of(
                ExterneRelatieSoort.CONTACTMOMENT, declare(subResources, delen, spiegels, ExterneRelatieSoort.CONTACTMOMENT),
                ExterneRelatieSoort.VERZOEK, declare(subResources, delen, spiegels, ExterneRelatieSoort.VERZOEK));
    }

    private SubResource<ZaakExterneRelatie, Zaak> declare(SubResources subResources, ZaakDelen delen,
                                                          ZaakSpiegels spiegels, ExterneRelatieSoort soort) {
        return subResources.declare(soort.type(), soort.resource(), delen, (ZaakExterneRelatie r) -> r.zaak)
                .kanaal(ZakenKanaal.NAAM, "create")
                .toegang((zaak, handeling) -> {
                    if (handeling == Handeling.LEZEN) {
                        delen.magLezen(zaak);
                    } else {
                        delen.magBijwerken(zaak);                                // zaken.bijwerken, zrc-007
                    }
                })
                .vind(uuid -> relaties.byUuid(soort.type(), uuid).map(ZaakExterneRelatie.class::cast))
                .render(representations.get(soort)::render)
                .weergave(r -> r.zaak.identificatie + " - " + r.doel)
                .naAanmaken(r -> spiegels.gekoppeld(soort, r, delen.url(r.zaak)))
                .voorVerwijderen(r -> spiegels.ontkoppeld(soort, r, delen.url(r.zaak)));
    }

    public List<ZaakExterneRelatie> list(ExterneRelatieSoort soort, Selection selection) {
        return soorten.get(soort).list(selection);
    }

    public ZaakExterneRelatie get(ExterneRelatieSoort soort, UUID uuid) {
        return soorten.get(soort).get(uuid, Handeling.LEZEN);
    }

    @Transactional
    public ZaakExterneRelatie create(ExterneRelatieSoort soort, String zaakUrl, String doel) {
        return soorten.get(soort).create(soort.nieuw().get(), r -> {
            ValidationErrors errors = new ValidationErrors();
            Zaak zaak = zaken.referentie("zaak", zaakUrl, errors, Scopes.Zrc.BIJWERKEN);
            if (zaak != null) {
                zaken.toegang().wijzigbaar(zaak);                                   // zrc-007
            }
            errors.run(() -> references.require(soort.veld(), doel, soort.doelType()));
            if (zaak != null) {
                UniekeRelatie.check(relaties.exists(soort.type(), zaak, doel), soort.veld()).ifPresent(errors::add);
            }
            errors.throwIfAny();
            r.zaak = zaak;
            r.doel = doel;
        });
    }

    @Transactional
    public void delete(ExterneRelatieSoort soort, UUID uuid) {
        soorten.get(soort).delete(uuid);
    }

    public ObjectNode render(ExterneRelatieSoort soort, ZaakExterneRelatie relatie) {
        return representations.get(soort).render(relatie);
    }
}
