package com.verticallight.business;

import com.verticallight.platform.validation.CurrencyCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exact amount: minor units (paise for INR) and an ISO 4217 currency. */
@Schema(name = "Money")
public record Money(@NotNull @PositiveOrZero Long amountMinor, @NotNull @CurrencyCode String currency) {
}
