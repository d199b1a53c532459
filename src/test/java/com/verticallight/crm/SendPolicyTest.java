package com.verticallight.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.business.QuietHours;
import com.verticallight.channel.ChannelKind;
import com.verticallight.crm.Decision.Outcome;
import com.verticallight.crm.Decision.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SendPolicyTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 12:00 in Kolkata (UTC+05:30), outside the default quiet hours. */
    private static final Instant NOON_IST = Instant.parse("2025-06-10T06:30:00Z");

    private static ChannelStatus whatsApp(Instant lastInboundAt) {
        return new ChannelStatus(ChannelKind.WHATSAPP, null, null, null, null, lastInboundAt);
    }

    private static SendRequest text(ChannelStatus to) {
        return new SendRequest(to, MessageKind.TEXT, false, false, KOLKATA, null);
    }

    private static Decision check(SendRequest request, Instant now) {
        return SendPolicy.check(request, now);
    }

    @Test
    void anOptedOutContactIsNeverMessagedNotEvenWithAnUrgentTemplate() {
        ChannelStatus optedOut = new ChannelStatus(ChannelKind.WHATSAPP, NOON_IST.minusSeconds(900), "form",
                NOON_IST.minusSeconds(60), "STOP", NOON_IST.minusSeconds(60));
        Decision decision = check(new SendRequest(optedOut, MessageKind.TEMPLATE, false, true, KOLKATA, null), NOON_IST);
        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decision.reason()).isEqualTo(Reason.CONTACT_OPTED_OUT);
    }

    @Test
    void freeFormWhatsAppIsAllowedUpToJustBeforeTwentyFourHours() {
        Instant last = NOON_IST.minus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(check(text(whatsApp(last)), NOON_IST).outcome()).isEqualTo(Outcome.ALLOWED);
        SendRequest media = new SendRequest(whatsApp(last), MessageKind.MEDIA, false, false, KOLKATA, null);
        assertThat(check(media, NOON_IST).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void atExactlyTwentyFourHoursTheWindowHasClosedAndATemplateIsRequired() {
        Decision decision = check(text(whatsApp(NOON_IST.minus(Duration.ofHours(24)))), NOON_IST);
        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decision.reason()).isEqualTo(Reason.OUTSIDE_WHATSAPP_WINDOW);
        assertThat(decision.message()).contains("approved template");
    }

    @Test
    void withoutAnyInboundMessageOnlyTemplatesGoOnWhatsApp() {
        assertThat(check(text(whatsApp(null)), NOON_IST).reason()).isEqualTo(Reason.OUTSIDE_WHATSAPP_WINDOW);
        SendRequest template = new SendRequest(whatsApp(null), MessageKind.TEMPLATE, false, false, KOLKATA, null);
        assertThat(check(template, NOON_IST)).isEqualTo(Decision.allowed());
    }

    @Test
    void theWindowIsAWhatsAppRuleOnly() {
        ChannelStatus sms = ChannelStatus.none(ChannelKind.SMS_TWILIO);
        assertThat(check(text(sms), NOON_IST).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void marketingNeedsRecordedConsentOnThatChannel() {
        SendRequest promo = new SendRequest(ChannelStatus.none(ChannelKind.SMS_TWILIO), MessageKind.TEXT, true, false,
                KOLKATA, null);
        Decision refused = check(promo, NOON_IST);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.reason()).isEqualTo(Reason.NO_CONSENT);

        ChannelStatus consented = new ChannelStatus(ChannelKind.SMS_TWILIO, NOON_IST.minusSeconds(86_400 * 30),
                "booking form", null, null, null);
        assertThat(check(new SendRequest(consented, MessageKind.TEXT, true, false, KOLKATA, null), NOON_IST).outcome())
                .isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void lateEveningInKolkataIsDeferredToNineTheNextMorning() {
        Instant evening = Instant.parse("2025-06-10T17:00:00Z"); // 22:30 IST
        Decision decision = check(text(ChannelStatus.none(ChannelKind.SMS_TWILIO)), evening);
        assertThat(decision.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(decision.until()).isEqualTo(Instant.parse("2025-06-11T03:30:00Z")); // 09:00 IST
    }

    @Test
    void afterMidnightTheQuietHoursEndTheSameMorning() {
        Instant night = Instant.parse("2025-06-10T20:30:00Z"); // 02:00 IST on the 11th
        assertThat(check(text(ChannelStatus.none(ChannelKind.SMS_TWILIO)), night).until())
                .isEqualTo(Instant.parse("2025-06-11T03:30:00Z"));
    }

    @Test
    void theQuietWindowIncludesItsStartAndExcludesItsEnd() {
        ChannelStatus sms = ChannelStatus.none(ChannelKind.SMS_TWILIO);
        Instant nine = Instant.parse("2025-06-11T03:30:00Z");
        Instant twentyOne = Instant.parse("2025-06-10T15:30:00Z");
        assertThat(check(text(sms), nine).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(check(text(sms), nine.minusSeconds(1)).outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(check(text(sms), twentyOne).outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(check(text(sms), twentyOne.minusSeconds(1)).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void urgentMessagesIgnoreQuietHours() {
        Instant night = Instant.parse("2025-06-10T20:30:00Z");
        SendRequest urgent = new SendRequest(ChannelStatus.none(ChannelKind.SMS_TWILIO), MessageKind.TEXT, false, true,
                KOLKATA, null);
        assertThat(check(urgent, night).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aBusinessCanSetItsOwnQuietHoursWrappingMidnightOrNot() {
        ChannelStatus sms = ChannelStatus.none(ChannelKind.SMS_TWILIO);
        QuietHours lateNight = new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0));
        Instant elevenThirty = Instant.parse("2025-06-10T18:00:00Z"); // 23:30 IST
        assertThat(check(new SendRequest(sms, MessageKind.TEXT, false, false, KOLKATA, lateNight), elevenThirty).until())
                .isEqualTo(Instant.parse("2025-06-11T01:30:00Z")); // 07:00 IST
        Instant tenPm = Instant.parse("2025-06-10T16:30:00Z");
        assertThat(check(new SendRequest(sms, MessageKind.TEXT, false, false, KOLKATA, lateNight), tenPm).outcome())
                .isEqualTo(Outcome.ALLOWED);

        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        Instant twoPm = Instant.parse("2025-06-10T08:30:00Z");
        assertThat(check(new SendRequest(sms, MessageKind.TEXT, false, false, KOLKATA, siesta), twoPm).until())
                .isEqualTo(Instant.parse("2025-06-10T09:30:00Z"));
        Instant elevenPm = Instant.parse("2025-06-10T17:30:00Z");
        assertThat(check(new SendRequest(sms, MessageKind.TEXT, false, false, KOLKATA, siesta), elevenPm).outcome())
                .isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aDeferredWhatsAppReplyStillFitsTheWindowOrNeedsATemplate() {
        Instant tenPm = Instant.parse("2025-06-10T16:30:00Z"); // 22:00 IST; quiet hours end 09:00 IST, in 11 h
        Decision fits = check(text(whatsApp(tenPm.minus(Duration.ofHours(2)))), tenPm);
        assertThat(fits.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(fits.until()).isEqualTo(Instant.parse("2025-06-11T03:30:00Z"));

        Decision closes = check(text(whatsApp(tenPm.minus(Duration.ofHours(14)))), tenPm);
        assertThat(closes.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(closes.reason()).isEqualTo(Reason.OUTSIDE_WHATSAPP_WINDOW);
    }

    @Test
    void quietHoursFollowTheLocalClockAcrossADaylightSavingChange() {
        ZoneId london = ZoneId.of("Europe/London"); // clocks go forward at 01:00 UTC on 30 March 2025
        SendRequest request = new SendRequest(ChannelStatus.none(ChannelKind.EMAIL_SENDGRID), MessageKind.TEXT, false,
                false, london, null);
        assertThat(check(request, Instant.parse("2025-03-29T22:00:00Z")).until())
                .isEqualTo(Instant.parse("2025-03-30T08:00:00Z")); // 09:00 BST
    }

    @Test
    void equalStartAndEndMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));
        assertThat(SendPolicy.quietUntil(Instant.parse("2025-06-10T20:30:00Z"), KOLKATA, none)).isEmpty();
    }
}
