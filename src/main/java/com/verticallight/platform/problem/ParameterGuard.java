package com.verticallight.platform.problem;

import com.verticallight.i18n.Languages;
import com.verticallight.platform.json.StrictStrings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding a control character (NUL, line breaks...) with a 400 naming the
 * parameter, before any resource reads it: PostgreSQL refuses NUL in text, and no id, filter or cursor needs one.
 */
public class ParameterGuard {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request, UriInfo uri) {
        Optional<String> bad;
        Locale reader = Languages.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(Languages.ENGLISH); // before sign-in is known: the request's language
        try {
            bad = firstBad(uri.getPathParameters()).or(() -> firstBad(uri.getQueryParameters()));
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.of(invalid("query", "error.malformedQuery", reader, uri));
        }
        return bad.map(name -> invalid(name, "error.controlCharacters", reader, uri));
    }

    private static Response invalid(String field, String key, Locale reader, UriInfo uri) {
        Response response = ProblemMappers.respond(ProblemException.invalidKeyed(field, key, Map.of()).problem()
                .in(reader), uri);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag());
        return response;
    }

    private static Optional<String> firstBad(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (StrictStrings.hasControlCharacter(parameter.getKey(), false)
                    || parameter.getValue().stream().anyMatch(value -> StrictStrings.hasControlCharacter(value, false))) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }
}
