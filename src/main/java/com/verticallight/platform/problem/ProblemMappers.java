package com.verticallight.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.Text;
import com.verticallight.platform.json.StrictStrings;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the API returns, as problem+json in the reader's language (see {@link ReaderLanguage}). A 500 means
 * a bug and never carries internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String OWN_CONSTRAINTS = "com.verticallight.platform.validation";

    @Inject
    ReaderLanguage reader;

    @ServerExceptionMapper
    public Uni<Response> problem(ProblemException e, UriInfo uri) {
        return localized(e.problem(), uri).map(response -> {
            e.retryAfterSeconds().ifPresent(seconds -> response.getHeaders().putSingle("Retry-After", seconds));
            return response;
        });
    }

    @ServerExceptionMapper
    public Uni<Response> invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> fieldError(fieldName(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return localized(Problem.of(400, "Bad Request", Text.of("problem.detail.invalidFields")).withErrors(errors), uri);
    }

    /** Listed one by one: Quarkus has its own mapper for MismatchedInputException that would win otherwise. */
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            InvalidNullException.class, ValueInstantiationException.class, StrictStrings.ControlCharacter.class })
    public Uni<Response> wrongType(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        field = field.isEmpty() ? "body" : field;
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        Problem.FieldError error = Problem.FieldError.keyed(field, "error.type.wrong", Map.of());
        if (e instanceof StrictStrings.ControlCharacter) {
            error = Problem.FieldError.keyed(field, "error.controlCharacters", Map.of());
        } else if (e instanceof InvalidNullException) {
            error = Problem.FieldError.keyed(field, "jakarta.validation.constraints.NotNull.message", Map.of());
        } else if (target != null && target.isEnum()) {
            error = Problem.FieldError.keyed(field, "error.oneOf",
                    Map.of("values", Arrays.toString(target.getEnumConstants())));
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException bad) {
            error = new Problem.FieldError(field, bad.getMessage(), null); // a record's own check, in English
        } else if (target != null) {
            String name = field;
            error = JsonTypes.expected(target).map(key -> Problem.FieldError.keyed(name, key, Map.of())).orElse(error);
        }
        return localized(Problem.of(400, "Bad Request", Text.of("problem.detail.bodyShape")).withErrors(List.of(error)),
                uri);
    }

    @ServerExceptionMapper
    public Uni<Response> malformed(JsonProcessingException e, UriInfo uri) {
        return localized(Problem.of(400, "Bad Request", Text.of("problem.detail.notJson"))
                .withErrors(List.of(Problem.FieldError.keyed("body", "error.notJson", Map.of()))), uri);
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri) {
        return localized(Problem.of(403, "Forbidden", Text.of("problem.detail.roleForbids")), uri);
    }

    @ServerExceptionMapper
    public Uni<Response> web(WebApplicationException e, UriInfo uri) {
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
        Problem problem = status == 404 ? Problem.of(404, title, Text.of("problem.detail.noSuchResource"))
                : Problem.of(status, title, title);
        return localized(problem, uri);
    }

    @ServerExceptionMapper
    public Uni<Response> optimisticLock(org.hibernate.StaleObjectStateException e, UriInfo uri) {
        return localized(Problem.of(409, "Conflict", Text.of("problem.detail.changedMeanwhile")), uri);
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return localized(Problem.of(500, "Internal Server Error", Text.of("problem.detail.unexpected")), uri);
    }

    private Uni<Response> unauthenticated(UriInfo uri) {
        Problem problem = Problem.of(401, "Unauthorized", Text.of("problem.detail.unauthenticated"));
        return reader.current().map(locale -> Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.in(locale).withInstance(uri.getPath()))
                .build());
    }

    /** The problem written in the reader's language (person, Accept-Language, business, English). */
    private Uni<Response> localized(Problem problem, UriInfo uri) {
        return reader.current().map(locale -> {
            Response response = respond(problem.in(locale), uri);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            return response;
        });
    }

    /** In English; for filters that answer before a reader is known. */
    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    /**
     * A violation's message as a catalogue text when the catalogue has its template's key
     * ({jakarta.validation.constraints.Size.message}, {vl.pattern.httpUrl}) or, for our own constraints
     * (E164, CurrencyCode...), the key vl.validation.<name>; else the interpolated English message.
     */
    public static Problem.FieldError fieldError(String field, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : constraint.getPackageName().equals(OWN_CONSTRAINTS) ? "vl.validation." + constraint.getSimpleName()
                : null;
        if (key == null || !Catalogue.holding(key).has(key)) {
            return new Problem.FieldError(field, violation.getMessage(), null); // a constraint without a catalogue key
        }
        Map<String, Object> args = new HashMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                args.put(name, value instanceof Boolean flag ? flag.toString() : value);
            }
        });
        return Problem.FieldError.keyed(field, key, args);
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
