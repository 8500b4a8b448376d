package nl.zgw.notificaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.api.KanaalBody;
import nl.zgw.notificaties.domain.AbsoluteUrl;
import nl.zgw.common.query.Where;
import nl.zgw.notificaties.domain.Kanaal;
import nl.zgw.notificaties.persistence.KanaalRepository;
import org.hibernate.exception.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registering and reading kanalen. */
@ApplicationScoped
public class KanaalService {

    private final KanaalRepository kanalen;

    public KanaalService(KanaalRepository kanalen) {
        this.kanalen = kanalen;
    }

    @Transactional
    public Kanaal registreer(KanaalBody body) {
        AbsoluteUrl.check("documentatieLink", body.documentatieLink());
        if (kanalen.byNaam(body.naam()).isPresent()) {
            throw uniqueNaam();
        }
        Kanaal k = new Kanaal();
        k.uuid = UUID.randomUUID();
        k.naam = body.naam();
        k.documentatieLink = body.documentatieLink() == null ? "" : body.documentatieLink();
        k.filters = body.filters() == null ? new ArrayList<>() : new ArrayList<>(body.filters());
        try {
            kanalen.persistAndFlush(k);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw uniqueNaam(); // a concurrent registration of the same naam won
            }
            throw e;
        }
        return k;
    }

    public List<Kanaal> list(Where where, String order) {
        return kanalen.list(where, order);
    }

    public Optional<Kanaal> get(UUID uuid) {
        return kanalen.byUuid(uuid);
    }

    private static ZgwException uniqueNaam() {
        return ZgwException.invalid("naam", "unique", "Er bestaat al een kanaal met deze naam.");
    }
}
