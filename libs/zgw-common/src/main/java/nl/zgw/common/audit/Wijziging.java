package nl.zgw.common.audit;

import java.util.Objects;

/**
 * One write to record with {@link Wijzigingen#record}: its notification (on a kanaal declared by a
 * {@link nl.zgw.common.events.KanaalDefinitie} bean, its kenmerken read from the main object) and, when the
 * resource is audited, its audit trail entry.
 * <pre>
 * wijzigingen.record(Wijziging.op("zaken", "create")
 *         .resource("status", statusUrl).hoofdObject(zaakUrl, zaakView)
 *         .nieuw(statusView).audit(statusWeergave));
 * </pre>
 *
 * @see Wijzigingen
 */
public final class Wijziging {

    final String kanaal;
    final String actie;
    String resource;
    String resourceUrl;
    String hoofdObject;
    Object hoofdObjectGegevens;
    Object oud;
    Object nieuw;
    boolean geaudit;
    String resourceWeergave = "";
    Integer resultaat;

    private Wijziging(String kanaal, String actie) {
        this.kanaal = kanaal;
        this.actie = Objects.requireNonNull(actie, "actie");
    }

    /** A change notified on {@code kanaal} ({@code null}: a change that is only audited). */
    public static Wijziging op(String kanaal, String actie) {
        return new Wijziging(kanaal, actie);
    }

    /** The resource written; it is also the main object until {@link #hoofdObject} says otherwise. */
    public Wijziging resource(String resource, String resourceUrl) {
        this.resource = resource;
        this.resourceUrl = resourceUrl;
        if (hoofdObject == null) {
            this.hoofdObject = resourceUrl;
        }
        return this;
    }

    /**
     * The main object and its representation (any Jackson-serialisable object), from which the kanaal's kenmerken
     * are read by name. Without it the kenmerken come from {@code nieuw} (or {@code oud} for a destroy).
     */
    public Wijziging hoofdObject(String url, Object gegevens) {
        this.hoofdObject = url;
        this.hoofdObjectGegevens = gegevens;
        return this;
    }

    /** The representation before the change (absent for a create). */
    public Wijziging oud(Object oud) {
        this.oud = oud;
        return this;
    }

    /** The representation after the change (absent for a destroy). */
    public Wijziging nieuw(Object nieuw) {
        this.nieuw = nieuw;
        return this;
    }

    /** Also writes the audit trail entry of the main object, with the resource shown as {@code resourceWeergave}. */
    public Wijziging audit(String resourceWeergave) {
        this.geaudit = true;
        this.resourceWeergave = resourceWeergave == null ? "" : resourceWeergave;
        return this;
    }

    /** The HTTP status of the write; by default 201 for create, 204 for destroy, else 200. */
    public Wijziging resultaat(int resultaat) {
        this.resultaat = resultaat;
        return this;
    }

    int resultaatOfDefault() {
        if (resultaat != null) {
            return resultaat;
        }
        return switch (actie) {
            case "create" -> 201;
            case "destroy" -> 204;
            default -> 200;
        };
    }
}
