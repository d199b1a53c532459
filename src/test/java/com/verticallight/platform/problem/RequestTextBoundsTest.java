package com.verticallight.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a client can send in a JSON body has an upper bound: each String (also inside lists and maps, keys
 * too) of every request type reachable from a resource method's body parameter carries @Size(max) or one of the
 * platform's own format constraints (E164, CurrencyCode...), so a 100,000-character value is a 400 naming the field.
 */
class RequestTextBoundsTest {

    private static final String ROOT = "com.verticallight";
    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    @Test
    void everyStringInARequestBodyHasAnUpperBound() throws Exception {
        Set<String> unbounded = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> resources = resources();
        assertThat(resources).as("resources found under target/classes").hasSizeGreaterThan(20);
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isBody(parameter)) {
                        walk(parameter.getAnnotatedType(), parameter, resource.getSimpleName() + "." + method.getName()
                                + "(" + parameter.getType().getSimpleName() + ")", seen, unbounded, false);
                    }
                }
            }
        }
        assertThat(unbounded).as("request texts without @Size(max) or a format constraint").isEmpty();
    }

    private static boolean isBody(Parameter parameter) {
        if (Stream.of(parameter.getAnnotations()).anyMatch(a -> NOT_BODY.contains(a.annotationType())
                || a.annotationType().getName().startsWith("org.jboss.resteasy.reactive.Rest"))) {
            return false;
        }
        Class<?> type = parameter.getType();
        return type.getName().startsWith(ROOT) || List.class.isAssignableFrom(type);
    }

    /** A String directly in a body (a raw CSV or form body) is bounded by the body size limit, not checked here. */
    private static void walk(AnnotatedType type, AnnotatedElement holder, String where, Set<Class<?>> seen,
            Set<String> unbounded, boolean inContainer) {
        Type raw = type.getType();
        Class<?> rawClass = raw instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : raw instanceof Class<?> c ? c : Object.class;
        if (rawClass == String.class) {
            if (!bounded(type.getAnnotations()) && (holder == null || !bounded(holder.getAnnotations()))) {
                unbounded.add(where);
            }
            return;
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                String suffix = arguments.length == 2 ? (i == 0 ? "<key>" : "<value>") : "[]";
                walk(arguments[i], null, where + suffix, seen, unbounded, true);
            }
            return;
        }
        if (type instanceof AnnotatedArrayType array) {
            walk(array.getAnnotatedGenericComponentType(), null, where + "[]", seen, unbounded, true);
            return;
        }
        if (!rawClass.getName().startsWith(ROOT) || rawClass.isEnum()) {
            return;
        }
        if (!isValid(type.getAnnotations()) && (holder == null || !isValid(holder.getAnnotations()))) {
            unbounded.add(where + " (not @Valid: its constraints would not be checked)");
        }
        if (!seen.add(rawClass)) {
            return;
        }
        if (rawClass.isRecord()) {
            for (RecordComponent component : rawClass.getRecordComponents()) {
                walk(component.getAnnotatedType(), field(rawClass, component.getName()),
                        rawClass.getSimpleName() + "." + component.getName(), seen, unbounded, false);
            }
            return;
        }
        for (Field field : rawClass.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                walk(field.getAnnotatedType(), field, rawClass.getSimpleName() + "." + field.getName(), seen,
                        unbounded, false);
            }
        }
    }

    private static boolean isValid(Annotation[] annotations) {
        return Stream.of(annotations).anyMatch(a -> a.annotationType() == jakarta.validation.Valid.class);
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean bounded(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size && size.max() <= 100_000) {
                return true;
            }
            if (annotation instanceof jakarta.validation.constraints.Pattern pattern
                    && !pattern.regexp().matches(".*([*+]|\\{\\d+,}).*")) {
                return true; // matched as a whole, a pattern without * + or {n,} bounds the length
            }
            if (annotation.annotationType().getName().startsWith("com.verticallight.platform.validation.")) {
                return true;
            }
            if (annotation instanceof com.verticallight.identity.AcceptablePassword) {
                return true; // 10 to 64 characters and at most 72 bytes (PasswordPolicy)
            }
        }
        return false;
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Class<?>> found = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
            files = walk.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .toList();
        }
        for (java.nio.file.Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, RequestTextBoundsTest.class.getClassLoader());
            if (type.isAnnotationPresent(Path.class)
                    || Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Path.class))) {
                found.add(type);
            }
        }
        return found;
    }
}
