package nl.zgw.common.validation;

/** The field error codes of the reference implementations (Django REST framework), one constant each. */
public final class Codes {

    /** The key is absent. */
    public static final String REQUIRED = "required";
    /** An explicit JSON {@code null} where none is allowed. */
    public static final String NULL = "null";
    /** An empty (or only white space) string. */
    public static final String BLANK = "blank";
    /** A wrong JSON type or format: an object where a string belongs, a bad date, a bad URL. */
    public static final String INVALID = "invalid";
    /** A value outside the enumeration. */
    public static final String INVALID_CHOICE = "invalid_choice";
    public static final String MAX_LENGTH = "max_length";
    public static final String MIN_LENGTH = "min_length";
    public static final String MAX_VALUE = "max_value";
    public static final String MIN_VALUE = "min_value";
    /** Something else where a list belongs. */
    public static final String NOT_A_LIST = "not_a_list";
    /** An empty list where one item at least is needed. */
    public static final String EMPTY = "empty";
    public static final String UNIQUE = "unique";
    /** vng-api-common's RSIN/BSN checks. */
    public static final String ONLY_DIGITS = "only-digits";
    public static final String INVALID_LENGTH = "invalid-length";
    /** The body is not JSON, or not of the expected shape at all. */
    public static final String PARSE_ERROR = "parse_error";

    private Codes() {
    }
}
