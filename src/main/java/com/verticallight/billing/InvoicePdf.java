package com.verticallight.billing;

import com.verticallight.billing.BillingViews.InvoiceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One invoice as a one-page A4 PDF (Apache PDFBox). CPU work: call it on a worker thread. The standard PDF fonts
 * cover Latin text only, so other characters in names print as '?'.
 */
public final class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceView invoice, String supplierName) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(bold, 16);
                text.newLineAtOffset(50, 790);
                text.showText("Tax Invoice " + safe(invoice.number()));
                text.setFont(regular, 11);
                text.setLeading(16);
                for (String line : lines(invoice, supplierName)) {
                    text.newLine();
                    text.showText(safe(line));
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(InvoiceView i, String supplierName) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Date: " + DATE.format(i.issuedAt().atZone(FinancialYear.INDIA)) + "    Financial year: "
                + i.financialYear());
        lines.add("Supplier: " + supplierName + (i.supplierGstin() == null ? "" : ", GSTIN " + i.supplierGstin())
                + ", state " + i.supplierState() + " (" + StateCodes.name(i.supplierState()) + ")");
        lines.add("Billed to: " + i.customerName() + (i.customerGstin() == null ? "" : ", GSTIN " + i.customerGstin()));
        lines.add("Place of supply: " + i.placeOfSupply() + " (" + StateCodes.name(i.placeOfSupply()) + ")");
        lines.add("Razorpay payment: " + i.paymentId());
        lines.add("");
        lines.add(i.description() + "  (SAC 998314)");
        lines.add("Taxable value: " + money(i.taxableMinor(), i.currency()));
        if (i.igstMinor() > 0) {
            lines.add("IGST 18%: " + money(i.igstMinor(), i.currency()));
        } else {
            lines.add("CGST 9%: " + money(i.cgstMinor(), i.currency()));
            lines.add("SGST 9%: " + money(i.sgstMinor(), i.currency()));
        }
        lines.add("Total paid: " + money(i.totalMinor(), i.currency()));
        lines.add("");
        lines.add("Prices include GST. This invoice was issued on payment; no signature is required.");
        return lines;
    }

    static String money(long minor, String currency) {
        return currency + " " + BigDecimal.valueOf(minor, 2).toPlainString();
    }

    /** What the standard fonts can draw: printable Latin-1, anything else as '?'. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff ? (char) c : '?'));
        return out.toString();
    }
}
