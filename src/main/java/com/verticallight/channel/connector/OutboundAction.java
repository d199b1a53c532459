package com.verticallight.channel.connector;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Something to do on a platform. One flat shape for every channel; each connector reads the fields its
 * action types need and rejects the rest ({@link PlatformFailure#rejected}).
 *
 * @param type what to do
 * @param to recipient: E.164 phone (WhatsApp, SMS), email address (email); unused for posts; for the reads
 *        READ_LEAD and READ_ENGAGEMENT, the platform's id of the object read (lead, post, media)
 * @param toName recipient's display name (email)
 * @param text message text, post message, GBP summary, review reply comment, Slack text, email plain text
 * @param html email HTML body
 * @param subject email subject
 * @param templateName WhatsApp template name
 * @param language template or post language (e.g. "hi", "en_US")
 * @param parameters template body parameters, in order
 * @param mediaUrl public URL of an image or document
 * @param mediaKind "image" or "document"
 * @param fileName document file name
 * @param link link of a Facebook post, or call-to-action URL of a GBP post
 * @param callToAction GBP call-to-action type (BOOK, ORDER, SHOP, LEARN_MORE, SIGN_UP, CALL)
 * @param reviewId GBP review id to reply to
 * @param hours GBP regular hours: weekday name → list of "HH:mm-HH:mm"
 * @param event webhook event name
 * @param data webhook payload, email custom args
 */
public record OutboundAction(
        ActionType type,
        @Size(max = 320) String to,
        @Size(max = 200) String toName,
        @Size(max = 65_536) String text,
        @Size(max = 100_000) String html,
        @Size(max = 998) String subject,
        @Size(max = 512) String templateName,
        @Size(max = 64) String language,
        @Size(max = 100) List<@Size(max = 4096) String> parameters,
        @Size(max = 2048) String mediaUrl,
        @Size(max = 64) String mediaKind,
        @Size(max = 255) String fileName,
        @Size(max = 2048) String link,
        @Size(max = 64) String callToAction,
        @Size(max = 512) String reviewId,
        @Size(max = 7) Map<@Size(max = 16) String, @Size(max = 10) List<@Size(max = 64) String>> hours,
        @Size(max = 200) String event,
        @Size(max = 200) Map<@Size(max = 200) String, Object> data) {

    public enum ActionType {
        /** Free-form message (WhatsApp text, SMS). */
        TEXT,
        /** WhatsApp approved template. */
        TEMPLATE,
        /** WhatsApp image or document. */
        MEDIA,
        /** Facebook feed/photo post, Instagram publish, GBP local post. */
        POST,
        /** GBP review reply. */
        REVIEW_REPLY,
        /** GBP list reviews (a read). */
        LIST_REVIEWS,
        /** Facebook lead ad: the lead's form answers (a read). */
        READ_LEAD,
        /** Facebook post or Instagram media: likes, comments, shares, reach and views (a read). */
        READ_ENGAGEMENT,
        /**
         * A read: the platform's id of a recent Facebook Page post or GBP local post whose text is {@code text},
         * published at or after {@code to} (ISO-8601); no id when there is none. Confirms a post that got no answer.
         */
        FIND_POST,
        /** GBP regular hours update. */
        UPDATE_HOURS,
        /** SendGrid mail. */
        EMAIL,
        /** Slack incoming webhook message. */
        NOTIFY,
        /** Signed JSON POST to a subscriber. */
        EVENT,
        /** Razorpay payment link for a customer ({@code data}: amount, currency, description, referenceId, expireBy). */
        PAYMENT_LINK
    }

    public static OutboundAction text(String to, String text) {
        return new OutboundAction(ActionType.TEXT, to, null, text, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** A read of one platform object by its id (READ_LEAD, READ_ENGAGEMENT). */
    public static OutboundAction read(ActionType type, String objectId) {
        return new OutboundAction(type, objectId, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    public static OutboundAction findPost(String text, java.time.Instant since) {
        return new OutboundAction(ActionType.FIND_POST, since.toString(), null, text, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static OutboundAction post(String text, String mediaUrl, String link) {
        return new OutboundAction(ActionType.POST, null, null, text, null, null, null, null, null, mediaUrl, null,
                null, link, null, null, null, null, null);
    }
}
