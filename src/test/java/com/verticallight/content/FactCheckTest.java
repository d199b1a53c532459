package com.verticallight.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prices, discounts and offers in a post that the business's own words do not hold. */
class FactCheckTest {

    private static final List<String> NO_FACTS = List.of("Glow Salon");

    @Test
    void anInventedOfferAndDiscountAreNamedWithTheirWords() {
        assertThat(FactCheck.needsReview("Fresh offers this week! 20% off every haircut.", NO_FACTS)).isEqualTo(
                "mentions a discount the business has not set: '20% off every haircut'; "
                        + "mentions an offer the business has not set: 'Fresh offers this week'");
    }

    @Test
    void pricesInRupeesAreClaims() {
        assertThat(FactCheck.needsReview("Haircut at just ₹199 today", NO_FACTS))
                .isEqualTo("mentions a price the business has not set: 'Haircut at just ₹199 today'");
        assertThat(FactCheck.needsReview("Facials from Rs. 1,499", NO_FACTS)).startsWith("mentions a price");
        assertThat(FactCheck.needsReview("Only 499 rupees", NO_FACTS)).startsWith("mentions a price");
        assertThat(FactCheck.needsReview("Only INR 499", NO_FACTS)).startsWith("mentions a price");
    }

    @Test
    void hindiDiscountsAndOffersAreClaims() {
        assertThat(FactCheck.needsReview("इस हफ्ते 30% की छूट!", NO_FACTS)).startsWith("mentions a discount");
        assertThat(FactCheck.needsReview("दिवाली ऑफर सिर्फ़ आज", NO_FACTS)).startsWith("mentions an offer");
        assertThat(FactCheck.needsReview("मुफ़्त हेयर वॉश", NO_FACTS)).startsWith("mentions an offer");
    }

    @Test
    void freeGiftsAndBuyOneGetOneAreOffersButFeelFreeIsNot() {
        assertThat(FactCheck.needsReview("Buy one get one on all manicures", NO_FACTS)).startsWith("mentions an offer");
        assertThat(FactCheck.needsReview("A free head massage with every cut", NO_FACTS)).startsWith("mentions an offer");
        assertThat(FactCheck.needsReview("Feel free to call us. Hassle-free booking, the services we offer.", NO_FACTS))
                .isNull();
    }

    @Test
    void whatTheBusinessSetItselfIsHeld() {
        List<String> facts = List.of("Glow Salon", "Anniversary sale: 20% off all services");
        assertThat(FactCheck.needsReview("Our anniversary sale: 20% off all services this Sunday!", facts)).isNull();
        assertThat(FactCheck.needsReview("Our anniversary sale: 30% off all services this Sunday!", facts))
                .isEqualTo("mentions a discount the business has not set: '30% off all services this Sunday'");
    }

    @Test
    void aPlainPostNeedsNoReview() {
        assertThat(FactCheck.needsReview("Fresh looks all week at Glow Salon in Kolkata. Come say hello! #salon",
                NO_FACTS)).isNull();
    }
}
