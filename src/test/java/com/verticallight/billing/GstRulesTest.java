package com.verticallight.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** GST, GSTIN, financial years and proration: pure rules, in paise, never floating point. */
class GstRulesTest {

    @Test
    void sameStateSplitsIntoCgstAndSgstOtherStatesPayIgstAndThePartsAddUp() {
        GstSplit same = GstSplit.of(99900, "29", "29");
        assertThat(same).isEqualTo(new GstSplit(84661, 7619, 7620, 0, 99900));
        GstSplit other = GstSplit.of(99900, "29", "19");
        assertThat(other).isEqualTo(new GstSplit(84661, 0, 0, 15239, 99900));
        for (long total : new long[] {0, 1, 117, 118, 2500000, 249900, 123456789}) {
            GstSplit s = GstSplit.of(total, "29", "29");
            assertThat(s.taxableMinor() + s.cgstMinor() + s.sgstMinor() + s.igstMinor()).isEqualTo(total);
            assertThat(Math.abs(s.cgstMinor() - s.sgstMinor())).isLessThanOrEqualTo(1);
        }
        // 18 % of the taxable value, to the paisa: 2,500,000 = 2,118,644 + 381,356
        assertThat(GstSplit.of(2500000, "29", "07").igstMinor()).isEqualTo(381356);
    }

    @Test
    void aGstinNeedsItsFormatAStateAndTheRightCheckCharacter() {
        assertThat(Gstin.problem("27AAPFU0939F1ZV")).isEmpty();
        assertThat(Gstin.problem("27AAPFU0939F1ZW").map(text -> text.key())).contains("billing.gstinCheckCharacter");
        assertThat(Gstin.problem("27AAPFU0939F1Z")).isPresent();
        assertThat(Gstin.problem("99AAPFU0939F1ZS")).isPresent();
        assertThat(Gstin.checkCharacter("19AAPFU0939F1Z")).isEqualTo('S');
    }

    @Test
    void theFinancialYearRunsAprilToMarchInIndiaAndNumbersFitSixteenCharacters() {
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:29:59Z"))).isEqualTo("2026-27"); // 23:59:59 IST
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:30:00Z"))).isEqualTo("2027-28"); // 1 April IST
        assertThat(FinancialYear.of(Instant.parse("2099-12-01T00:00:00Z"))).isEqualTo("2099-00");
        assertThat(FinancialYear.invoiceNumber("2026-27", 42)).isEqualTo("VL2627-000042").hasSizeLessThanOrEqualTo(16);
    }

    @Test
    void anUpgradeHalfwayPaysHalfTheDifferenceAndTheCreditNeverExceedsWhatWasPaid() {
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(30));
        Instant half = start.plus(Duration.ofDays(15));
        assertThat(Proration.unusedCredit(99900, start, end, half)).isEqualTo(49950);
        assertThat(Proration.upgradeCharge(99900, 249900, start, end, half)).isEqualTo(75000);
        assertThat(Proration.upgradeCharge(249900, 99900, start, end, half)).isZero();
        assertThat(Proration.unusedCredit(99900, start, end, start.minusSeconds(10))).isEqualTo(99900);
        assertThat(Proration.unusedCredit(99900, start, end, end)).isZero();
        // rounded down: a third of 1 paisa is 0
        assertThat(Proration.unusedCredit(1, start, end, start.plus(Duration.ofDays(20)))).isZero();
    }
}
