package nl.zgw.notificaties.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** An abonnement as the API shows it: {@code auth} is write-only and never returned. */
@JsonPropertyOrder({"url", "callbackUrl", "kanalen"})
public record AbonnementView(String url, String callbackUrl, List<FilterGroup> kanalen) {

    @JsonPropertyOrder({"filters", "naam"})
    public record FilterGroup(Map<String, String> filters, String naam) {
    }
}
