package com.verticallight.notification;

import com.verticallight.platform.validation.E164;
import com.verticallight.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person's notification preferences: per category whether it is on, on which channels besides the in-app
 * list, and whether it waits for the daily digest email instead of single messages; quiet hours (urgent ones
 * pass) in the person's time zone (the business's when unset); the digest time; the email and phone used.
 */
@Schema(name = "NotificationPreferences")
public record Preferences(
        @NotNull @Size(max = 20) List<@Valid @NotNull CategoryChoice> categories,
        @Valid QuietHours quietHours,
        @Schema(description = "IANA zone for quiet hours and the digest; null: the account's") @TimeZoneId @Size(max = 60) String timeZone,
        @Schema(description = "Local time of the daily digest email, HH:mm") @NotNull @Pattern(regexp = TIME, message = "{vl.pattern.hhmm}") String digestTime,
        @Schema(description = "Where emails go; null: the sign-in email") @Email @Size(max = 320) String email,
        @Schema(description = "Own number for SMS/WhatsApp, E.164") @E164 @Size(max = 16) String phone) {

    public static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    @Schema(name = "NotificationCategoryChoice")
    public record CategoryChoice(@NotNull Category category, @NotNull Boolean enabled,
            @NotNull @Size(max = 6) List<@NotNull Channel> channels,
            @Schema(description = "Collect into the daily digest email instead of single messages") @NotNull Boolean digest) {
    }

    @Schema(name = "NotificationQuietHours", description = "From start to end (local), non-urgent messages wait")
    public record QuietHours(@NotNull Boolean enabled,
            @NotNull @Pattern(regexp = TIME, message = "{vl.pattern.hhmm}") String start,
            @NotNull @Pattern(regexp = TIME, message = "{vl.pattern.hhmm}") String end) {
    }

    public CategoryChoice choice(Category category) {
        return categories.stream().filter(c -> c.category() == category).findFirst()
                .orElse(new CategoryChoice(category, false, List.of(), false));
    }
}
