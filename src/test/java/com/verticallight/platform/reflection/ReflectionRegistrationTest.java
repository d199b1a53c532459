package com.verticallight.platform.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native image only sees by reflection what is registered. Jackson reads and writes our payloads (job payloads,
 * JSON columns, stored actions, workflow definitions...) through mappers outside REST signatures, which Quarkus does
 * not register by itself. This test finds every such type in the sources (the class named in a read, a TypeReference
 * or a JsonColumn, and every record, enum or class of ours inside them) and requires each to be registered, so a new
 * payload record cannot be forgotten.
 */
class ReflectionRegistrationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "com.verticallight";
    private static final Pattern READ_CLASS = Pattern.compile(
            "(?:JsonText\\.read|readValue|treeToValue|convertValue|forType|readerFor)\\s*\\((?:[^;]*?,\\s*)?([A-Z][\\w.]*)\\.class");
    private static final Pattern TYPE_REFERENCE = Pattern.compile("TypeReference<(.+?)>\\s*\\(");
    private static final Pattern JSON_COLUMN = Pattern.compile("extends\\s+JsonColumn<(.+?)>\\s*\\{");
    private static final Pattern WRITE_NEW = Pattern.compile("(?:JsonText\\.write|writeValueAsString)\\(new ([A-Z][\\w.]*)\\(");
    private static final Pattern NAME = Pattern.compile("[A-Z][\\w.]*");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.([A-Z]\\w*);", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void everyJsonPayloadTypeIsRegisteredForReflection() throws IOException {
        Set<Class<?>> found = payloadTypes();
        Set<Class<?>> registered = registered();

        assertThat(found).as("the scan finds the payload types it should (job payloads, columns, actions)")
                .hasSizeGreaterThan(30);
        Set<String> missing = found.stream().filter(type -> !registered.contains(type)
                && !type.isAnnotationPresent(RegisterForReflection.class))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("add these to ReflectionConfiguration's targets").isEmpty();
    }

    @Test
    void everyRegisteredNameIsAClass() {
        RegisterForReflection registration = ReflectionConfiguration.class.getAnnotation(RegisterForReflection.class);
        assertThat(registration.classNames()).isNotEmpty().allSatisfy(name -> assertThat(load(name)).isPresent());
    }

    private static Set<Class<?>> registered() {
        RegisterForReflection registration = ReflectionConfiguration.class.getAnnotation(RegisterForReflection.class);
        Set<Class<?>> registered = new LinkedHashSet<>(Arrays.asList(registration.targets()));
        Arrays.stream(registration.classNames()).map(ReflectionRegistrationTest::load).flatMap(Optional::stream)
                .forEach(registered::add);
        return registered;
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, ReflectionRegistrationTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    static Set<Class<?>> payloadTypes() throws IOException {
        Set<Class<?>> roots = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                roots.addAll(typesNamedIn(file));
            }
        }
        return closure(roots);
    }

    private static Set<Class<?>> typesNamedIn(Path file) throws IOException {
        String source = Files.readString(file);
        List<String> names = new java.util.ArrayList<>();
        for (Pattern pattern : List.of(READ_CLASS, WRITE_NEW)) {
            Matcher m = pattern.matcher(source);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        for (Pattern pattern : List.of(TYPE_REFERENCE, JSON_COLUMN)) {
            Matcher m = pattern.matcher(source);
            while (m.find()) {
                Matcher name = NAME.matcher(m.group(1));
                while (name.find()) {
                    names.add(name.group());
                }
            }
        }
        Set<Class<?>> types = new LinkedHashSet<>();
        names.forEach(name -> resolve(name, file, source).ifPresent(types::add));
        return types;
    }

    /** A simple or dotted name as the file sees it: nested in the file's class, imported, or in its package. */
    private static Optional<Class<?>> resolve(String name, Path file, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String packageName = pkg.find() ? pkg.group(1) : "";
        String topLevel = file.getFileName().toString().replace(".java", "");
        Map<String, String> imports = new HashMap<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            imports.put(m.group(2), m.group(1) + "." + m.group(2));
        }
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String rest = name.contains(".") ? name.substring(name.indexOf('.')).replace('.', '$') : "";
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add(packageName + "." + topLevel + "$" + first + rest);
        if (imports.containsKey(first)) {
            candidates.add(imports.get(first) + rest);
        }
        candidates.add(packageName + "." + first + rest);
        candidates.add(name); // fully qualified
        for (String candidate : candidates) {
            if (!candidate.startsWith(ROOT)) {
                continue;
            }
            Optional<Class<?>> found = load(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The named types and every type of ours reachable through their record components and fields. */
    private static Set<Class<?>> closure(Set<Class<?>> roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.getName().startsWith(ROOT) || !seen.add(type)) {
                continue;
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    ours(component.getGenericType(), todo);
                }
            } else if (!type.isEnum() && !type.isInterface()) {
                Arrays.stream(type.getDeclaredFields())
                        .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                        .forEach(f -> ours(f.getGenericType(), todo));
            }
            Arrays.stream(type.getPermittedSubclasses() == null ? new Class<?>[0] : type.getPermittedSubclasses())
                    .forEach(todo::add);
            com.fasterxml.jackson.annotation.JsonSubTypes subTypes =
                    type.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
            if (subTypes != null) {
                Arrays.stream(subTypes.value()).forEach(sub -> todo.add(sub.value()));
            }
        }
        return seen;
    }

    private static void ours(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            ours(p.getRawType(), todo);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> ours(a, todo));
        } else if (type instanceof GenericArrayType a) {
            ours(a.getGenericComponentType(), todo);
        }
    }
}
