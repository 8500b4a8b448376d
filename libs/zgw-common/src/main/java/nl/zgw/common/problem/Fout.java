package nl.zgw.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The standard's error body ({@code Fout}, and {@code ValidatieFout} when {@code invalidParams} is present),
 * served as {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fout(String type, String code, String title, int status, String detail, String instance,
                   List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
