package nl.zgw.common.sync;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service (or method) whose transaction plans synchronisations: once that transaction has committed, the
 * synchronisations it planned are carried out before the method returns, so the client's answer comes after the
 * other side is in line (as the reference implementations do it in the request: a client that creates a
 * zaakinformatieobject and then asks the Documenten API finds the objectinformatieobject). What fails stays planned
 * and the relay retries it. The binding must wrap the {@code @Transactional} method (it does: its interceptor runs
 * outside the transaction's).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SynchronisatiesVoorAntwoord {
}
