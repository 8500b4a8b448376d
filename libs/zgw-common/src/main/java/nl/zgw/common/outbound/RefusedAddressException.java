package nl.zgw.common.outbound;

/** An outbound URL whose host is (or resolves to) an address this service must not call; the reason is Dutch. */
public class RefusedAddressException extends RuntimeException {

    public RefusedAddressException(String reason) {
        super(reason, null, false, false);
    }
}
