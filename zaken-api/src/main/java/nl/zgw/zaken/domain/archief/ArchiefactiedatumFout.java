package nl.zgw.zaken.domain.archief;

/** The brondatum cannot be derived for a reason the client can repair (zrc-021, code {@value #CODE}). */
public class ArchiefactiedatumFout extends RuntimeException {
    public static final String CODE = "archiefactiedatum-error";

    public ArchiefactiedatumFout(String reason) {
        super(reason);
    }
}
