package com.verticallight.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One follow-up of the sequence, sent when the lead has not answered.
 *
 * @param delayHours after the lead arrived
 * @param channel WHATSAPP, SMS_TWILIO or EMAIL_SENDGRID; null (or a channel the business has not connected) means
 *        the preferred one
 * @param templateName the approved WhatsApp template; its only body parameter is the business name
 * @param textKey the built-in SMS/email text (lead_text) in the contact's language, used when {@code text} is empty
 * @param text the business's own SMS/email text; {business} and {name} are filled in
 */
@Schema(name = "FollowUpStep")
public record FollowUpStep(
        @NotNull @Min(1) @Max(2160) Integer delayHours,
        ChannelKind channel,
        @NotBlank @Pattern(regexp = "[a-z0-9_]{1,120}", message = "{vl.pattern.templateName}")
        String templateName,
        @Size(max = 40) String textKey,
        @Size(max = 1000) String text) {

    @Converter
    public static class ListColumn extends JsonColumn<List<FollowUpStep>> {

        public ListColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
