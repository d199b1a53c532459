package com.verticallight.content.bot;

import com.verticallight.channel.ChannelKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the content bot's API speaks. */
public final class BotViews {

    private BotViews() {
    }

    @Schema(name = "ContentPost", description = "A post the content bot prepared for one platform and day")
    public record PostView(
            UUID id,
            UUID businessId,
            ChannelKind platform,
            @Schema(description = "ISO week, e.g. 2026-W49") String isoWeek,
            @Schema(description = "The day it was prepared for") LocalDate date,
            Instant scheduledAt,
            @Schema(description = "scheduledAt in the business's time zone") LocalDateTime scheduledLocal,
            PostStatus status,
            String text,
            @Schema(description = "Length of the text in characters (code points)") int characters,
            String theme,
            @Schema(description = "Festival key or the business's own date the post is about") String festival,
            String language,
            String imageUrl,
            @Schema(description = "Instagram: cannot be approved without imageUrl") boolean needsImage,
            @Schema(description = "TEMPLATE or LLM") BotPost.Writer writer,
            String callToAction,
            String link,
            String platformPostId,
            UUID deliveryId,
            String error,
            @Schema(description = "Published through a sandbox connection: would have been posted, not posted") boolean simulated,
            @Schema(description = "Why the owner must read it before it is published, e.g. \"mentions an offer the business has not set: 'fresh offers this week'\"; null when nothing to check. Such a post is never auto-published")
            String needsReview,
            Instant approvedAt,
            Instant publishedAt) {

        static PostView of(BotPost p, ZoneId zone) {
            return new PostView(p.id, p.businessId, p.platform, p.isoWeek, p.slotDate, p.scheduledAt,
                    LocalDateTime.ofInstant(p.scheduledAt, zone), p.status, p.text,
                    p.text.codePointCount(0, p.text.length()), p.theme, p.festival, p.language, p.imageUrl,
                    p.platform == ChannelKind.INSTAGRAM, p.writer, p.callToAction, p.link, p.platformPostId,
                    p.deliveryId, p.error, p.simulated, p.needsReview, p.approvedAt, p.publishedAt);
        }
    }

    @Schema(name = "ContentPostEdit", description = "New text and/or image; the text is checked against the platform's rules")
    public record PostEdit(@Size(max = 70_000) String text, @Size(max = 2000) String imageUrl) {
    }

    @Schema(name = "ContentPostReschedule")
    public record Reschedule(
            @Schema(description = "Local date and time in the business's time zone, inside a posting window, e.g. 2026-12-01T09:30",
                    example = "2026-12-01T09:30")
            @NotBlank @Size(max = 30) String at) {
    }

    @Schema(name = "ContentSettings")
    public record SettingsView(UUID businessId,
            @Schema(description = "The bot prepares each week's posts; the daily plan leaves those posts to it") boolean weeklyContent,
            @Schema(description = "Drafts are approved automatically") boolean autoPublish,
            @Schema(description = "Write with the configured language model (templates when it fails)") boolean llmEnabled,
            @Schema(description = "Whether a language model endpoint is configured on this installation") boolean llmConfigured) {
    }

    @Schema(name = "ContentSettingsRequest", description = "Absent fields keep their value")
    public record SettingsRequest(Boolean weeklyContent, Boolean autoPublish, Boolean llmEnabled) {
    }

    @Schema(name = "ContentOwnDate", description = "A date of the business's own that posts announce, e.g. an anniversary sale")
    public record OwnDateView(UUID id, UUID businessId, String name, LocalDate date) {

        static OwnDateView of(OwnDate d) {
            return new OwnDateView(d.id, d.businessId, d.name, d.date);
        }
    }

    @Schema(name = "ContentOwnDateRequest")
    public record OwnDateRequest(@NotBlank @Size(max = 120) String name, @NotNull LocalDate date) {
    }
}
