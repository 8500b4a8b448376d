package nl.zgw.notificaties.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

@JsonPropertyOrder({"url", "naam", "documentatieLink", "filters"})
public record KanaalView(String url, String naam, String documentatieLink, List<String> filters) {
}
