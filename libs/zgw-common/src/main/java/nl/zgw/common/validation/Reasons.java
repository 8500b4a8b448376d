package nl.zgw.common.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reasons of the reference implementations' field errors, as Django REST framework's Dutch translation words
 * them (where that translation has none, a Dutch wording in the same style). One place, so every service says the
 * same thing for the same error.
 */
public final class Reasons {

    public static final String REQUIRED = "Dit veld is vereist.";
    public static final String NULL = "Dit veld mag niet leeg zijn.";
    public static final String BLANK = "Dit veld mag niet leeg zijn.";
    public static final String URL = "Voer een geldige URL in.";
    public static final String EMAIL = "Voer een geldig e-mailadres in.";
    public static final String STRING = "Geen geldige string.";
    public static final String BOOLEAN = "Moet een geldige boolean zijn.";
    public static final String INTEGER = "Een geldig getal is vereist.";
    public static final String NUMBER = "Een geldig nummer is vereist.";
    public static final String UUID = "Moet een geldige UUID zijn.";
    public static final String DATE = "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD.";
    public static final String DATETIME = "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
            + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
    public static final String DURATION = "Tijdsduur heeft een verkeerd formaat, gebruik 1 van onderstaande formaten: "
            + "P(n)Y(n)M(n)W(n)DT(n)H(n)M(n)S.";
    public static final String PATTERN = "Deze waarde voldoet niet aan het benodigde formaat.";
    public static final String INVALID = "Ongeldige waarde.";
    public static final String EMPTY_LIST = "Deze lijst mag niet leeg zijn.";
    public static final String UNIQUE = "Dit veld moet uniek zijn.";
    public static final String NOT_AN_OBJECT_BODY = "De request body moet een JSON-object zijn.";

    private Reasons() {
    }

    public static String maxLength(long max) {
        return "Zorg ervoor dat dit veld niet meer dan " + max + " karakters bevat.";
    }

    public static String minLength(long min) {
        return "Zorg ervoor dat dit veld minimaal " + min + " karakters bevat.";
    }

    public static String maxItems(long max) {
        return "Zorg ervoor dat dit veld niet meer dan " + max + " elementen bevat.";
    }

    public static String minItems(long min) {
        return "Zorg ervoor dat dit veld minimaal " + min + " elementen bevat.";
    }

    public static String maxValue(Object max) {
        return "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan " + max + ".";
    }

    public static String minValue(Object min) {
        return "Zorg ervoor dat deze waarde groter is dan of gelijk is aan " + min + ".";
    }

    public static String invalidChoice(Object input) {
        return "\"" + input + "\" is een ongeldige keuze.";
    }

    public static String notAList(JsonNode input) {
        return "Verwachtte een lijst met items, maar kreeg type \"" + typeName(input) + "\".";
    }

    public static String notAnObject(JsonNode input) {
        return "Ongeldige data. Verwacht een dictionary, kreeg een " + typeName(input) + ".";
    }

    public static String uniqueSet(String fieldNames) {
        return "De velden " + fieldNames + " moeten een unieke set zijn.";
    }

    /** The input's type as the reference names it (Python's names: {@code str}, {@code int}, {@code dict}, ...). */
    public static String typeName(JsonNode input) {
        if (input == null || input.isNull() || input.isMissingNode()) {
            return "NoneType";
        }
        if (input.isTextual()) {
            return "str";
        }
        if (input.isBoolean()) {
            return "bool";
        }
        if (input.isIntegralNumber()) {
            return "int";
        }
        if (input.isNumber()) {
            return "float";
        }
        return input.isArray() ? "list" : "dict";
    }
}
