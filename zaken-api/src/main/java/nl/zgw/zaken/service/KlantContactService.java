package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.KlantContactRepresentation;
import nl.zgw.zaken.api.KlantContactRequest;
import nl.zgw.zaken.domain.KlantContact;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.rules.DatumNietInToekomst;
import nl.zgw.zaken.domain.rules.ZaakArchiefstatusToegestaan;
import nl.zgw.zaken.persistence.KlantContactRepository;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The use cases of /klantcontacten (deprecated in the OAS): list, read, create. */
@RequestScoped
public class KlantContactService {

    private static final String TEKENS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KlantContactRepository contacten;
    private final ZaakDelen delen;
    private final KlantContactRepresentation representation;
    private final ListQueries lists;

    public KlantContactService(KlantContactRepository contacten, ZaakDelen delen,
                               KlantContactRepresentation representation, ListQueries lists) {
        this.contacten = contacten;
        this.delen = delen;
        this.representation = representation;
        this.lists = lists;
    }

    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        ListQuery<KlantContact> query = ListQuery.of(KlantContact.class, "e")
                .join("join e.zaak z")
                .fetch("join fetch e.zaak z")
                .where(delen.zichtbaar(selection.where(), "z"))
                .orderBy(selection.order());
        return lists.page(query, page, representation::render);
    }

    public KlantContact read(UUID uuid) {
        KlantContact k = contacten.byUuid(uuid).orElseThrow(ZgwException::notFound);
        delen.magLezen(k.zaak);
        return k;
    }

    @Transactional
    public KlantContact create(KlantContactRequest body) {
        ValidationErrors errors = new ValidationErrors();
        Optional<Zaak> zaak = delen.zaak("zaak", body.zaak(), errors);
        DatumNietInToekomst.check("datumtijd", body.datumtijd(), OffsetDateTime.now()).ifPresent(errors::add);
        errors.throwIfAny();
        Zaak z = zaak.orElseThrow();
        delen.magWijzigen(z);
        ZaakArchiefstatusToegestaan.check(z.archiefstatus).ifPresent(errors::add);
        errors.throwIfAny();

        KlantContact k = new KlantContact();
        k.uuid = UUID.randomUUID();
        k.zaak = z;
        k.identificatie = body.identificatie() == null || body.identificatie().isEmpty() ? nieuweIdentificatie()
                : body.identificatie();
        k.datumtijd = body.datumtijd().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        k.kanaal = Objects.requireNonNullElse(body.kanaal(), "");
        k.onderwerp = Objects.requireNonNullElse(body.onderwerp(), "");
        k.toelichting = Objects.requireNonNullElse(body.toelichting(), "");
        contacten.persist(k);
        ObjectNode nieuw = representation.render(k);
        delen.record(z, "klantcontact", nieuw.get("url").asText(), "create", null, nieuw, k.identificatie);
        return k;
    }

    /** 12 random letters and digits, as Open Zaak generates an absent identificatie. */
    private String nieuweIdentificatie() {
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                b.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
            }
            if (!contacten.exists(b.toString())) {
                return b.toString();
            }
        }
    }
}
