package nl.zgw.common.security.jwt;

import nl.zgw.common.security.autorisaties.AuthenticationFilter;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The verified caller of the current request, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller on this request");
        }
        return caller;
    }
}
