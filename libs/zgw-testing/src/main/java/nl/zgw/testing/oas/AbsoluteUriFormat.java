package nl.zgw.testing.oas;

import com.github.fge.jackson.NodeType;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.format.AbstractFormatAttribute;
import com.github.fge.jsonschema.processors.data.FullData;
import com.github.fge.msgsimple.bundle.MessageBundle;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code format: uri} as the ZGW files mean it: an absolute URL (every reference is one). The schema library's own
 * check accepts any URI reference, so {@code "zaaktypen/1"} would pass. The empty string passes too: it is how the
 * reference implementations (Django {@code URLField(blank=True)}) answer an optional URL that is not set.
 */
final class AbsoluteUriFormat extends AbstractFormatAttribute {

    AbsoluteUriFormat() {
        super("uri", NodeType.STRING);
    }

    @Override
    public void validate(ProcessingReport report, MessageBundle bundle, FullData data) throws ProcessingException {
        String value = data.getInstance().getNode().textValue();
        if (value.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getScheme() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        report.error(newMsg(data, bundle, "err.format.uri.notAbsolute").setMessage(
                "String \"" + value + "\" is not an absolute URI").putArgument("value", value));
    }
}
