package com.verticallight.crm;

import com.verticallight.platform.validation.LanguageTag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as created or replaced through the API; it needs a phone, an email or both. */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @Size(max = 200) String name,
        @Size(max = 40) @Schema(description = "Any common form; stored in E.164, national numbers read in the "
                + "tenant's country", example = "098123 45678") String phone,
        @Email @Size(max = 320) String email,
        @LanguageTag String language,
        @Size(max = 20) List<@NotNull @Pattern(regexp = ContactRequest.TAG, message = "{vl.pattern.tag}") String> tags) {

    static final String TAG = "^[\\p{L}\\p{M}\\p{N} _-]{1,40}$";
}
