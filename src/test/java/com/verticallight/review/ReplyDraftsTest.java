package com.verticallight.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyDraftsTest {

    @Test
    void theMentionIsQuotedInTheRepliesLanguage() {
        assertThat(ReplyDrafts.withMention("Thanks Asha!", "Loved the hair spa. Will come again!", "en"))
                .isEqualTo("Thanks Asha! Thank you for mentioning \"Loved the hair spa\".");
        assertThat(ReplyDrafts.withMention("धन्यवाद आशा जी!", "Loved the hair spa. Will come again!", "hi-IN"))
                .isEqualTo("धन्यवाद आशा जी! \"Loved the hair spa\" के बारे में बताने के लिए धन्यवाद।");
        assertThat(ReplyDrafts.withMention("Merci !", "Super coupe. À bientôt", "fr"))
                .isEqualTo("Merci ! Merci d’avoir mentionné « Super coupe ».");
        assertThat(ReplyDrafts.withMention("¡Gracias!", "Me encantó el corte", "es-MX"))
                .isEqualTo("¡Gracias! Gracias por mencionar «Me encantó el corte».");
        assertThat(ReplyDrafts.withMention("ありがとうございます。", "最高でした。また来ます", "ja"))
                .isEqualTo("ありがとうございます。「最高でした」とのお言葉もありがとうございます。");
        assertThat(ReplyDrafts.withMention("Thanks!", "Great cut", "ta")).as("a language the product does not write")
                .isEqualTo("Thanks! Thank you for mentioning \"Great cut\".");
        assertThat(ReplyDrafts.withMention("Thanks!", "  ", "en")).isEqualTo("Thanks!");
    }

    @Test
    void theApologyDraftIsInTheBusinesssLanguage() {
        assertThat(ReplyDrafts.apology("Glow Salon", "Ravi", "+919830012345", "hi"))
                .startsWith("Ravi जी, अपने अनुभव के बारे में बताने के लिए धन्यवाद।")
                .contains("Glow Salon की टीम").contains("+919830012345 पर कॉल करें");
        assertThat(ReplyDrafts.apology("Glow Salon", null, null, "en"))
                .startsWith("Dear there, thank you for telling us about your visit")
                .contains("please contact us and ask for the manager");
        assertThat(ReplyDrafts.apology("Glow Salon", "Ravi", "+34911234567", "es"))
                .startsWith("Hola, Ravi: gracias por contarnos tu visita")
                .contains("equipo de Glow Salon").contains("llámanos al +34911234567").doesNotContain("Dear", "manager");
        assertThat(ReplyDrafts.apology("Glow Salon", null, null, "ar"))
                .startsWith("مرحبًا، شكرًا لإخبارنا عن زيارتك").contains("فريق Glow Salon").contains("يرجى التواصل معنا")
                .doesNotContain("Dear", "manager");
    }
}
