package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.RolRepresentation;
import nl.zgw.zaken.api.RolRequest;
import nl.zgw.zaken.client.RolCatalogi;
import nl.zgw.zaken.config.ZakenKanaal;
import nl.zgw.zaken.domain.BetrokkeneSleutels;
import nl.zgw.zaken.domain.Rol;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.gegevensgroep.Gegevensgroepen;
import nl.zgw.zaken.domain.rules.NietWijzigbaar;
import nl.zgw.zaken.domain.rules.RolBetrokkeneVereist;
import nl.zgw.zaken.domain.rules.RolMaxAantal;
import nl.zgw.zaken.domain.rules.ZaakArchiefstatusToegestaan;
import nl.zgw.zaken.persistence.RolRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** The use cases of /rollen: list, read, create, replace (extension PUT), delete. */
@RequestScoped
public class RolService implements ZaakDeelService<Rol, RolRequest> {

    /** zrc-019: the roltype must belong to the zaak's zaaktype (Open Zaak: zaaktype-mismatch, non-field). */
    public static final String ZAAKTYPE_MISMATCH = "zaaktype-mismatch";

    private final SubResource<Rol, Zaak> declaratie;
    private final RolRepository rollen;
    private final ZaakDelen delen;
    private final ReferenceValidator references;
    private final RolRepresentation representation;
    private final Gegevensgroepen groepen = Gegevensgroepen.official();

    public RolService(SubResources subResources, RolRepository rollen, ZaakDelen delen,
                      ReferenceValidator references, RolRepresentation representation) {
        this.rollen = rollen;
        this.delen = delen;
        this.references = references;
        this.representation = representation;
        this.declaratie = subResources.declare(Rol.class, "rol", delen, (Rol rol) -> rol.zaak)
                .kanaal(ZakenKanaal.NAAM)
                .vind(rollen::byUuid)
                .render(representation::render)
                .weergave(rol -> rol.omschrijving.isEmpty() ? rol.roltype : rol.omschrijving)
                .voorVerwijderen(rol -> ZaakArchiefstatusToegestaan.vereist(rol.zaak.archiefstatus));
    }

    @Override
    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        return declaratie.page(selection, page, representation::render);
    }

    @Override
    public Rol read(UUID uuid) {
        return declaratie.get(uuid, Handeling.LEZEN);
    }

    @Override
    @Transactional
    public Rol create(RolRequest body) {
        Rol rol = new Rol();
        rol.registratiedatum = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return declaratie.create(rol, r -> write(r, body));
    }

    /** The extension PUT /rollen/{uuid} (as Open Zaak offers it): the rol replaced; zaak and roltype stay. */
    @Override
    @Transactional
    public Rol update(UUID uuid, RolRequest body) {
        return declaratie.update(uuid, "update", rol -> write(rol, body));
    }

    @Override
    @Transactional
    public void delete(UUID uuid) {
        declaratie.delete(uuid);
    }

    private void write(Rol rol, RolRequest body) {
        ValidationErrors errors = new ValidationErrors();
        boolean nieuw = rol.id == null;
        Optional<Zaak> zaak = delen.zaak("zaak", body.zaak(), errors);
        if (!nieuw) {
            zaak.ifPresent(z -> NietWijzigbaar.check("zaak", rol.zaak.id, z.id).ifPresent(errors::add));
            NietWijzigbaar.check("roltype", rol.roltype, body.roltype()).ifPresent(errors::add);
        }
        JsonNode identificatie = identificatie(body, errors);
        JsonNode contactpersoon = contactpersoon(body.contactpersoonRol(), errors);
        AtomicReference<RolCatalogi.Roltype> roltype = new AtomicReference<>();
        if (errors.isEmpty()) {
            errors.run(() -> roltype.set(references.require("roltype", body.roltype(), RolCatalogi.ROLTYPE)));
        }
        errors.throwIfAny();
        Zaak z = zaak.orElseThrow();
        if (nieuw) {
            delen.magWijzigen(z);                              // 403 before any rule of the zaak's data
        }
        // the reference checks the zaaktype (a serializer validator) before the betrokkene (its validate()); the
        // first error is the one clients and the standard's test collection read
        if (!sameZaaktype(roltype.get().zaaktype(), z.zaaktype)) {
            errors.add(InvalidParam.nonField(ZAAKTYPE_MISMATCH, "De referentie hoort niet bij het zaaktype van de zaak."));
        }
        RolBetrokkeneVereist.check(body.betrokkene(), identificatie).ifPresent(errors::add);
        String generiek = Objects.requireNonNullElse(roltype.get().omschrijvingGeneriek(), "");
        RolMaxAantal.check(generiek, nieuw ? null : rol.omschrijvingGeneriek, rollen.aantal(z, generiek))
                .ifPresent(errors::add);
        ZaakArchiefstatusToegestaan.check(z.archiefstatus).ifPresent(errors::add);
        errors.throwIfAny();

        rol.zaak = z;
        rol.betrokkene = Objects.requireNonNullElse(body.betrokkene(), "");
        rol.betrokkeneType = body.betrokkeneType();
        rol.afwijkendeNaamBetrokkene = Objects.requireNonNullElse(body.afwijkendeNaamBetrokkene(), "");
        rol.roltype = body.roltype();
        rol.omschrijving = Objects.requireNonNullElse(roltype.get().omschrijving(), "");
        rol.omschrijvingGeneriek = generiek;
        rol.roltoelichting = body.roltoelichting();
        rol.indicatieMachtiging = Objects.requireNonNullElse(body.indicatieMachtiging(), "");
        rol.contactpersoonRol = contactpersoon;
        rol.betrokkeneIdentificatie = identificatie;
        BetrokkeneSleutels.zet(rol);
    }

    /** The betrokkeneIdentificatie as the schema of the betrokkeneType reads it; null when not given. */
    private JsonNode identificatie(RolRequest body, ValidationErrors errors) {
        JsonNode given = body.betrokkeneIdentificatie();
        if (given == null || given.isNull() || body.betrokkeneType() == null) {
            return null;
        }
        Optional<Gegevensgroepen.Groep> groep = groepen.discriminated("Rol", body.betrokkeneType(),
                "betrokkeneIdentificatie");
        if (groep.isEmpty()) {
            return null;
        }
        Gegevensgroepen.Gelezen gelezen = groep.get().read(given, "betrokkeneIdentificatie");
        errors.addAll(gelezen.fouten());
        return gelezen.waarde();
    }

    private JsonNode contactpersoon(JsonNode given, ValidationErrors errors) {
        if (given == null || given.isNull()) {
            return null;
        }
        Gegevensgroepen.Gelezen gelezen = groepen.groep("ContactPersoonRol").read(given, "contactpersoonRol");
        errors.addAll(gelezen.fouten());
        return gelezen.waarde();
    }

    static boolean sameZaaktype(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        Optional<UUID> ua = a == null ? Optional.empty() : ResourceUrl.trailingUuid(a);
        Optional<UUID> ub = b == null ? Optional.empty() : ResourceUrl.trailingUuid(b);
        return ua.isPresent() && ua.equals(ub);
    }
}
