package nl.zgw.common.security.autorisaties;

/**
 * The scopes of every component, exactly as the standard spells them (one nested class per component, so an
 * annotation reads {@code @RequiresScope(Scopes.Ztc.LEZEN)}).
 */
public final class Scopes {

    private Scopes() {
    }

    /** Audit trail reads of the zrc, drc and brc. */
    public static final String AUDITTRAILS_LEZEN = "audittrails.lezen";

    /** Zaken API (zrc). */
    public static final class Zrc {
        public static final String LEZEN = "zaken.lezen";
        public static final String AANMAKEN = "zaken.aanmaken";
        public static final String BIJWERKEN = "zaken.bijwerken";
        public static final String STATUSSEN_TOEVOEGEN = "zaken.statussen.toevoegen";
        public static final String HEROPENEN = "zaken.heropenen";
        public static final String GEFORCEERD_BIJWERKEN = "zaken.geforceerd-bijwerken";
        public static final String VERWIJDEREN = "zaken.verwijderen";

        private Zrc() {
        }
    }

    /** Documenten API (drc). */
    public static final class Drc {
        public static final String LEZEN = "documenten.lezen";
        public static final String AANMAKEN = "documenten.aanmaken";
        public static final String BIJWERKEN = "documenten.bijwerken";
        public static final String GEFORCEERD_BIJWERKEN = "documenten.geforceerd-bijwerken";
        public static final String VERWIJDEREN = "documenten.verwijderen";
        public static final String LOCK = "documenten.lock";
        public static final String GEFORCEERD_UNLOCK = "documenten.geforceerd-unlock";

        private Drc() {
        }
    }

    /** Catalogi API (ztc). */
    public static final class Ztc {
        public static final String LEZEN = "catalogi.lezen";
        public static final String SCHRIJVEN = "catalogi.schrijven";
        public static final String GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven";
        public static final String GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen";

        private Ztc() {
        }
    }

    /** Besluiten API (brc). */
    public static final class Brc {
        public static final String LEZEN = "besluiten.lezen";
        public static final String AANMAKEN = "besluiten.aanmaken";
        public static final String BIJWERKEN = "besluiten.bijwerken";
        public static final String VERWIJDEREN = "besluiten.verwijderen";

        private Brc() {
        }
    }

    /** Notificaties API (nrc). */
    public static final class Nrc {
        public static final String PUBLICEREN = "notificaties.publiceren";
        public static final String CONSUMEREN = "notificaties.consumeren";

        private Nrc() {
        }
    }

    /** Autorisaties API (ac). */
    public static final class Ac {
        public static final String LEZEN = "autorisaties.lezen";
        public static final String BIJWERKEN = "autorisaties.bijwerken";

        private Ac() {
        }
    }
}
