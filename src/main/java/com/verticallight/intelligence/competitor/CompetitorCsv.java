package com.verticallight.intelligence.competitor;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.problem.ProblemMappers;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a competitor CSV: a header row naming the columns (any order; name, latitude and longitude required;
 * optional rating, review_count, price_level, website, has_website, closes_at, external_id), then one
 * competitor a row. Fields may be quoted ("a, b" with "" for a quote). An empty optional cell is unknown,
 * except website: a website column with an empty cell means "no website". Every row is read and checked before
 * anything is refused, so one answer names all the bad cells: {@code rows[N].column}, N being the row as a
 * spreadsheet shows it (the header is row 1).
 */
public final class CompetitorCsv {

    static final List<String> REQUIRED = List.of("name", "latitude", "longitude");

    private CompetitorCsv() {
    }

    public static List<CompetitorInput> parse(String text, Validator validator) {
        List<List<String>> rows = rows(text == null ? "" : text);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("csv", Text.of("intelligence.emptyFirstRowNamesColumns"));
        }
        Map<String, Integer> columns = header(rows.get(0));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<CompetitorInput> inputs = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Row row = new Row(i + 1, rows.get(i), columns, new ArrayList<>());
            CompetitorInput input = row.input();
            errors.addAll(row.errors());
            errors.addAll(row.violations(validator, input));
            inputs.add(input);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (inputs.isEmpty()) {
            throw ProblemException.invalid("csv", Text.of("intelligence.hasNoCompetitorRowsUnder"));
        }
        return inputs;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw ProblemException.invalid("csv", Text.of("intelligence.headerLacksColumn", Map.of("column", required)));
            }
        }
        return columns;
    }

    /** One data row; parse failures are collected as "rows[N].column" errors. */
    private record Row(int number, List<String> cells, Map<String, Integer> columns, List<Problem.FieldError> errors) {

        CompetitorInput input() {
            String website = text("website");
            Boolean hasWebsite = columns.containsKey("has_website") ? bool("has_website")
                    : columns.containsKey("website") ? (Boolean) (website != null) : null;
            return new CompetitorInput(text("external_id"), text("name"), decimal("latitude"), decimal("longitude"),
                    decimal("rating"), whole("review_count"), whole("price_level"), hasWebsite, website,
                    text("closes_at"), null, null);
        }

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        Double decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : Double.valueOf(value);
            } catch (NumberFormatException e) {
                errors.add(Problem.FieldError.of(field(column), Text.of("intelligence.number")));
                return null;
            }
        }

        Integer whole(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                errors.add(Problem.FieldError.of(field(column), Text.of("field.wholeNumber")));
                return null;
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    errors.add(Problem.FieldError.of(field(column), Text.of("field.trueFalse")));
                    yield null;
                }
            };
        }

        /** The field constraints broken, except on cells that could not be read at all (named once). */
        List<Problem.FieldError> violations(Validator validator, CompetitorInput input) {
            Set<String> unreadable = errors.stream().map(Problem.FieldError::field).collect(Collectors.toSet());
            return validator.validate(input).stream()
                    .map(v -> ProblemMappers.fieldError(field(column(v.getPropertyPath().toString())), v))
                    .filter(e -> !unreadable.contains(e.field()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
        }

        String field(String column) {
            return "rows[" + number + "]." + column;
        }

        /** The CSV column of a record component ("reviewCount" is "review_count"). */
        private static String column(String property) {
            return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }
    }

    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }
}
