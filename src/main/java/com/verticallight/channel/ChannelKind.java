package com.verticallight.channel;

/** The platforms a business can connect. */
public enum ChannelKind {
    WHATSAPP, FACEBOOK_PAGE, INSTAGRAM, GOOGLE_BUSINESS_PROFILE, SMS_TWILIO, EMAIL_SENDGRID, SLACK, WEBHOOK
}
