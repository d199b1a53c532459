package com.verticallight.content;

import com.verticallight.channel.ChannelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContentPreview", description = "The posts the built-in generator writes for a business on one day")
public record ContentPreview(UUID businessId, LocalDate date, List<PlatformDraft> drafts) {

    @Schema(name = "PlatformDraft", description = "A post ready for one platform")
    public record PlatformDraft(
            ChannelKind platform,
            @Schema(description = "The text to publish; hashtags are included where the platform uses them") String text,
            @Schema(description = "The hashtags in the text (none for Google Business Profile)") List<String> hashtags,
            @Schema(description = "The content theme code of the day") String theme,
            @Schema(description = "Key of the festival the post is about, or null") String festival,
            @Schema(description = "Language of the text (primary subtag): en, hi, es, fr, de, ja, zh (Simplified Chinese) or ar") String language,
            @Schema(description = "True when the platform needs an image with the post (Instagram)") boolean needsImage,
            @Schema(description = "Length of the text in characters (Unicode code points)") int characters) {

        static PlatformDraft of(ChannelKind platform, PostDraft draft) {
            return new PlatformDraft(platform, draft.text(), draft.hashtags(), draft.theme(), draft.festival(),
                    draft.language(), draft.needsImage(), PlatformFormat.length(draft.text()));
        }
    }
}
