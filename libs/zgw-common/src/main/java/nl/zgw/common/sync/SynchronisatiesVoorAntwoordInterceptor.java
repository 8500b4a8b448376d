package nl.zgw.common.sync;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.List;

/**
 * Runs outside the transaction interceptor ({@code PLATFORM_BEFORE + 200}): when the outermost annotated call
 * returns, its transaction is over and what it committed is carried out ({@link SynchronisatieRelay#voerUit}).
 */
@SynchronisatiesVoorAntwoord
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SynchronisatiesVoorAntwoordInterceptor {

    private final SynchronisatieRelay relay;

    public SynchronisatiesVoorAntwoordInterceptor(SynchronisatieRelay relay) {
        this.relay = relay;
    }

    @AroundInvoke
    Object voerUitNaCommit(InvocationContext call) throws Exception {
        if (!GeplandInDezeAanroep.begin()) {
            return call.proceed();                                   // an inner call: the outer one carries out
        }
        try {
            return call.proceed();
        } finally {
            List<String> sleutels = GeplandInDezeAanroep.einde();
            if (!sleutels.isEmpty()) {
                relay.voerUit(sleutels);
            }
        }
    }
}
