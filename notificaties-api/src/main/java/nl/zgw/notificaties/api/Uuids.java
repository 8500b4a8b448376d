package nl.zgw.notificaties.api;

import nl.zgw.common.problem.ZgwException;

import java.util.UUID;

/** A path {@code uuid} that is not a UUID identifies nothing: 404. */
final class Uuids {

    private Uuids() {
    }

    static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ZgwException.notFound();
        }
    }
}
