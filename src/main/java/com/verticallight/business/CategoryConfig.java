package com.verticallight.business;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How automation behaves for a business: priorities, content themes and posting windows. Stored as data. */
@Schema(name = "CategoryConfig")
public record CategoryConfig(
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> automationPriorities,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> contentThemes,
        @NotNull @Size(max = 12) List<@Valid @NotNull PostingWindow> postingWindows) {
}
