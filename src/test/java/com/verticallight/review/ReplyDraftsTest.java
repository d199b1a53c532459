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
        assertThat(ReplyDrafts.withMention("Merci !", "Super coupe.", "fr")).isEqualTo("Merci !");
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
    }
}
