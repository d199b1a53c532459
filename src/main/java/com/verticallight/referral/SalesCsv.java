package com.verticallight.referral;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.referral.ReferralViews.SaleRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sales as CSV (RFC 4180: commas, double quotes around fields that hold them). The first line names the columns:
 * externalId, amountMinor, currency and contactId or phone are needed; name, occurredAt, referralCode and
 * marketingConsent are optional.
 */
final class SalesCsv {

    static final int MAX_ROWS = 1000;

    private SalesCsv() {
    }

    static List<SaleRequest> parse(String text) {
        List<List<String>> lines = records(text == null ? "" : text.strip());
        if (lines.size() < 2) {
            throw ProblemException.invalid("body", Text.of("referral.needsHeaderLineAtLeast"));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw ProblemException.invalid("body", Text.of("referral.atMostRows", Map.of("max", MAX_ROWS)));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<SaleRequest> sales = new ArrayList<>();
        for (int row = 1; row < lines.size(); row++) {
            sales.add(sale(lines.get(row), columns, row - 1));
        }
        return sales;
    }

    private static SaleRequest sale(List<String> cells, Map<String, Integer> columns, int row) {
        String amount = cell(cells, columns, "amountminor");
        String contact = cell(cells, columns, "contactid");
        String at = cell(cells, columns, "occurredat");
        try {
            return new SaleRequest(contact == null ? null : UUID.fromString(contact), cell(cells, columns, "phone"),
                    cell(cells, columns, "name"), amount == null ? null : Long.parseLong(amount),
                    cell(cells, columns, "currency"), at == null ? null : Instant.parse(at),
                    cell(cells, columns, "referralcode"), cell(cells, columns, "externalid"),
                    "true".equalsIgnoreCase(cell(cells, columns, "marketingconsent")));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("sales[" + row + "].amountMinor", Text.of("field.wholeNumber"));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("sales[" + row + "].occurredAt", Text.of("referral.iso8601Instant"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sales[" + row + "].contactId", Text.of("field.uuid"));
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The records of the text, each a list of fields, quotes removed. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        records.add(fields);
        return records;
    }
}
