package com.verticallight.crm;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a visitor sends from the business's website form. A phone or an email is required. */
@Schema(name = "LeadSubmission")
public record LeadSubmission(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String phone,
        @Email @Size(max = 320) String email,
        @Size(max = 2000) String message,
        @Schema(description = "The visitor agreed to be contacted on WhatsApp, SMS and email") Boolean consent,
        @Size(max = 500) String page) {
}
