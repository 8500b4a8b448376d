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
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.validation.Codes;
import nl.zgw.common.validation.Reasons;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakObjectRepresentation;
import nl.zgw.zaken.api.ZaakObjectRequest;
import nl.zgw.zaken.client.RolCatalogi;
import nl.zgw.zaken.config.ZakenKanaal;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakObject;
import nl.zgw.zaken.domain.gegevensgroep.Gegevensgroepen;
import nl.zgw.zaken.domain.rules.NietWijzigbaar;
import nl.zgw.zaken.domain.rules.ObjectTypeOverigeGebruik;
import nl.zgw.zaken.domain.rules.ZaakArchiefstatusToegestaan;
import nl.zgw.zaken.domain.rules.ZaakobjectBronVereist;
import nl.zgw.zaken.persistence.ZaakObjectRepository;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/** The use cases of /zaakobjecten: list, read, create, update, partial update, delete. */
@RequestScoped
public class ZaakObjectService implements ZaakDeelService<ZaakObject, ZaakObjectRequest> {

    /** objectTypeOverige as the OAS and Open Zaak check it: a search for the pattern, not a full match. */
    private static final Pattern OVERIGE = Pattern.compile("[a-z_]+");

    private final SubResource<ZaakObject, Zaak> declaratie;
    private final ZaakDelen delen;
    private final ReferenceValidator references;
    private final ZaakObjectRepresentation representation;
    private final PatchMerger patches;
    private final Gegevensgroepen groepen = Gegevensgroepen.official();

    public ZaakObjectService(SubResources subResources, ZaakObjectRepository objecten, ZaakDelen delen,
                             ReferenceValidator references, ZaakObjectRepresentation representation,
                             PatchMerger patches) {
        this.delen = delen;
        this.references = references;
        this.representation = representation;
        this.patches = patches;
        this.declaratie = subResources.declare(ZaakObject.class, "zaakobject", delen, (ZaakObject o) -> o.zaak)
                .kanaal(ZakenKanaal.NAAM)
                .vind(objecten::byUuid)
                .render(representation::render)
                .weergave(o -> o.relatieomschrijving.isEmpty() ? o.objectType : o.relatieomschrijving)
                .voorVerwijderen(o -> ZaakArchiefstatusToegestaan.vereist(o.zaak.archiefstatus));
    }

    @Override
    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        return declaratie.page(selection, page, representation::render);
    }

    @Override
    public ZaakObject read(UUID uuid) {
        return declaratie.get(uuid, Handeling.LEZEN);
    }

    @Override
    @Transactional
    public ZaakObject create(ZaakObjectRequest body) {
        return declaratie.create(new ZaakObject(), o -> write(o, body));
    }

    @Override
    @Transactional
    public ZaakObject update(UUID uuid, ZaakObjectRequest body) {
        return declaratie.update(uuid, "update", o -> write(o, body));
    }

    @Transactional
    public ZaakObject patch(UUID uuid, JsonNode patch) {
        return declaratie.update(uuid, "partial_update",
                o -> write(o, patches.merge(representation.request(o), patch, ZaakObjectRequest.class)));
    }

    @Override
    @Transactional
    public void delete(UUID uuid) {
        declaratie.delete(uuid);
    }

    private void write(ZaakObject o, ZaakObjectRequest body) {
        ValidationErrors errors = new ValidationErrors();
        boolean nieuw = o.id == null;
        Optional<Zaak> zaak = delen.zaak("zaak", body.zaak(), errors);
        String object = Objects.requireNonNullElse(body.object(), "");
        String zaakobjecttype = Objects.requireNonNullElse(body.zaakobjecttype(), "");
        String overige = Objects.requireNonNullElse(body.objectTypeOverige(), "");
        if (!nieuw) {
            zaak.ifPresent(z -> NietWijzigbaar.check("zaak", o.zaak.id, z.id).ifPresent(errors::add));
            NietWijzigbaar.check("object", o.object, object).ifPresent(errors::add);
            NietWijzigbaar.check("objectType", o.objectType, body.objectType()).ifPresent(errors::add);
            NietWijzigbaar.check("zaakobjecttype", o.zaakobjecttype, zaakobjecttype).ifPresent(errors::add);
        }
        if (!overige.isEmpty() && !OVERIGE.matcher(overige).find()) {
            errors.add("objectTypeOverige", Codes.INVALID, Reasons.PATTERN);
        }
        JsonNode gegeven = body.objectIdentificatie() != null && !body.objectIdentificatie().isNull()
                ? body.objectIdentificatie() : body.betrokkeneIdentificatie();
        String pad = gegeven == body.objectIdentificatie() ? "objectIdentificatie" : "betrokkeneIdentificatie";
        JsonNode identificatie = group(groepen.zaakobjectGroep(body.objectType()).map(Map.Entry::getValue),
                gegeven, pad, errors);
        JsonNode definitie = group(Optional.of(groepen.groep("ObjectTypeOverigeDefinitie")),
                body.objectTypeOverigeDefinitie(), "objectTypeOverigeDefinitie", errors);
        AtomicReference<RolCatalogi.Zaakobjecttype> type = new AtomicReference<>();
        if (errors.isEmpty() && !zaakobjecttype.isEmpty() && (nieuw || !zaakobjecttype.equals(o.zaakobjecttype))) {
            errors.run(() -> type.set(references.require("zaakobjecttype", zaakobjecttype,
                    RolCatalogi.ZAAKOBJECTTYPE)));
        }
        errors.throwIfAny();
        Zaak z = zaak.orElseThrow();
        if (nieuw) {
            delen.magWijzigen(z);
            ZaakobjectBronVereist.check(object, identificatie).ifPresent(errors::add);
            ObjectTypeOverigeGebruik.check(body.objectType(), overige, definitie, object).ifPresent(errors::add);
        }
        if (type.get() != null && !RolService.sameZaaktype(type.get().zaaktype(), z.zaaktype)) {
            errors.add(InvalidParam.nonField(RolService.ZAAKTYPE_MISMATCH,
                    "De referentie hoort niet bij het zaaktype van de zaak."));
        }
        ZaakArchiefstatusToegestaan.check(z.archiefstatus).ifPresent(errors::add);
        errors.throwIfAny();

        o.zaak = z;
        o.object = object;
        o.zaakobjecttype = zaakobjecttype;
        o.objectType = body.objectType();
        o.objectTypeOverige = overige;
        o.objectTypeOverigeDefinitie = definitie;
        o.relatieomschrijving = Objects.requireNonNullElse(body.relatieomschrijving(), "");
        // Open Zaak: with a definitie the object is read from its URL, an objectIdentificatie is dropped
        o.objectIdentificatie = definitie != null ? null : identificatie;
    }

    private static JsonNode group(Optional<Gegevensgroepen.Groep> groep, JsonNode given, String path,
                                  ValidationErrors errors) {
        if (groep.isEmpty() || given == null || given.isNull()) {
            return null;
        }
        Gegevensgroepen.Gelezen gelezen = groep.get().read(given, path);
        errors.addAll(gelezen.fouten());
        return gelezen.waarde();
    }
}
