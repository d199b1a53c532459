package com.verticallight.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.verticallight.platform.json.StrictStrings;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the API returns, as problem+json. A 500 means a bug and never carries internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.problem(), uri);
        e.retryAfterSeconds().ifPresent(seconds -> response.getHeaders().putSingle("Retry-After", seconds));
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of(400, "Bad Request", "The request has invalid fields").withErrors(errors), uri);
    }

    /** Listed one by one: Quarkus has its own mapper for MismatchedInputException that would win otherwise. */
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            InvalidNullException.class, ValueInstantiationException.class, StrictStrings.ControlCharacter.class })
    public Response wrongType(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "has the wrong type or format";
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof StrictStrings.ControlCharacter) {
            message = StrictStrings.CONTROL_CHARACTERS;
        } else if (e instanceof InvalidNullException) {
            message = "must not be null";
        } else if (target != null && target.isEnum()) {
            message = "must be one of " + Arrays.toString(target.getEnumConstants());
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException bad) {
            message = bad.getMessage();
        } else if (target != null) {
            message = JsonTypes.expected(target).orElse(message);
        }
        return respond(Problem.of(400, "Bad Request", "The request body does not match the expected shape")
                .withErrors(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "Bad Request", "The request body is not valid JSON")
                .withErrors(List.of(new Problem.FieldError("body", "is not valid JSON"))), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this action"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping) {
            return wrongType(mapping, uri);
        }
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        return respond(Problem.of(status, title, status == 404 ? "No such resource" : title), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(org.hibernate.StaleObjectStateException e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict", "The resource was changed by someone else; reload and retry"), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "Internal Server Error", "An unexpected error occurred; it has been logged"), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", "A valid bearer token or API key is required")
                        .withInstance(uri.getPath()))
                .build();
    }

    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    /** "create.request.address.city" (method, parameter, then the bean path) becomes "address.city". */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.stream()
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(ProblemMappers::segment)
                .collect(Collectors.joining("."))
                .replace(".[", "[") // "curves.[2]b" (a property of a list element) becomes "curves[2].b"
                .replaceAll("\\](\\w)", "].$1")
                .replaceAll("\\.<[a-z ]+>", "") // "tags.<list element>[1]" becomes "tags[1]"
                .transform(path -> path.isEmpty() ? lastName(nodes) : path);
    }

    /**
     * A property inside a list element carries the element's index ("b" in curves[2]) and renders "[2]b" so that
     * the join gives "curves[2].b"; a container element ("tags.<list element>[1]") keeps its index after its name.
     */
    private static String segment(Path.Node node) {
        String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                : node.getKey() != null ? "[" + node.getKey() + "]" : "";
        boolean ofElement = node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.isInIterable();
        return ofElement ? index + node.getName() : node.getName() + index;
    }

    private static String lastName(List<Path.Node> nodes) {
        return nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1).getName();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
