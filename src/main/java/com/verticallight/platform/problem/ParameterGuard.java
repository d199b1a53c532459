package com.verticallight.platform.problem;

import com.verticallight.platform.json.StrictStrings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
        try {
            bad = firstBad(uri.getPathParameters()).or(() -> firstBad(uri.getQueryParameters()));
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.of(invalid("query", "is not a valid URI query (a %-escape is malformed)", uri));
        }
        return bad.map(name -> invalid(name, StrictStrings.CONTROL_CHARACTERS, uri));
    }

    private static Response invalid(String field, String message, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(400, "Bad Request", "The request has invalid fields")
                .withErrors(List.of(new Problem.FieldError(field, message))), uri);
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
