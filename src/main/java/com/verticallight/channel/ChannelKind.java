package com.verticallight.channel;

import com.verticallight.i18n.Phrase;

/** The platforms a business can connect. */
public enum ChannelKind {
    WHATSAPP, FACEBOOK_PAGE, INSTAGRAM, GOOGLE_BUSINESS_PROFILE, SMS_TWILIO, EMAIL_SENDGRID, SLACK, WEBHOOK, RAZORPAY;

    /** The platform's name in the reader's words, from the owner catalogue (WhatsApp, Facebook पेज, E-Mail). */
    public Phrase phrase() {
        return Phrase.of("channel.kind." + name());
    }

    /** The name an owner knows the platform by ("Facebook", "Google Business Profile"). */
    public String displayName() {
        return switch (this) {
            case FACEBOOK_PAGE -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case GOOGLE_BUSINESS_PROFILE -> "Google Business Profile";
            case WHATSAPP -> "WhatsApp";
            case SMS_TWILIO -> "SMS";
            case EMAIL_SENDGRID -> "email";
            case SLACK -> "Slack";
            case WEBHOOK -> "webhook";
            case RAZORPAY -> "Razorpay";
        };
    }
}
