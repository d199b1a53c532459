package com.verticallight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.crm.ContactView;
import com.verticallight.lead.LeadDefaults.LeadText;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadMessagesTest {

    private static final LeadText WELCOME_HI = new LeadText("hi", "lead_welcome", "{business} से संपर्क",
            "नमस्ते {name}, {business} से संपर्क करने के लिए धन्यवाद!");
    private static final ContactView PHONE_ONLY = contact("+919812345678", null);

    private static ResolvedConnection connection(ChannelKind kind) {
        return new ResolvedConnection(UUID.randomUUID(), UUID.randomUUID(), kind, ConnectionMode.LIVE,
                ConnectionStatus.OK, null);
    }

    private static ContactView contact(String phone, String email) {
        return new ContactView(UUID.randomUUID(), "Asha", phone, email, null, List.of(), List.of(), null, null);
    }

    private static LeadMessages.Spec spec(ChannelKind wanted, boolean freeForm) {
        return new LeadMessages.Spec(wanted, "lead_welcome", WELCOME_HI, null, freeForm);
    }

    @Test
    void whatsAppIsPreferredAndTakesTheTemplateInTheTextsLanguage() {
        var out = LeadMessages.compose(List.of(connection(ChannelKind.SMS_TWILIO), connection(ChannelKind.WHATSAPP)),
                PHONE_ONLY, "Glow", spec(null, false)).orElseThrow();
        assertThat(out.connection().kind()).isEqualTo(ChannelKind.WHATSAPP);
        assertThat(out.action().type()).isEqualTo(ActionType.TEMPLATE);
        assertThat(out.action().templateName()).isEqualTo("lead_welcome");
        assertThat(out.action().language()).isEqualTo("hi");
        assertThat(out.action().parameters()).containsExactly("Glow");
    }

    @Test
    void insideTheWindowWhatsAppTakesTheFilledText() {
        var out = LeadMessages.compose(List.of(connection(ChannelKind.WHATSAPP)), PHONE_ONLY, "Glow", spec(null, true))
                .orElseThrow();
        assertThat(out.action().type()).isEqualTo(ActionType.TEXT);
        assertThat(out.action().text()).isEqualTo("नमस्ते Asha, Glow से संपर्क करने के लिए धन्यवाद!");
    }

    @Test
    void withoutWhatsAppSmsThenEmailAmongReachableChannels() {
        var sms = LeadMessages.compose(List.of(connection(ChannelKind.EMAIL_SENDGRID), connection(ChannelKind.SMS_TWILIO)),
                PHONE_ONLY, "Glow", spec(null, false)).orElseThrow();
        assertThat(sms.connection().kind()).isEqualTo(ChannelKind.SMS_TWILIO);
        var email = LeadMessages.compose(List.of(connection(ChannelKind.WHATSAPP), connection(ChannelKind.EMAIL_SENDGRID)),
                contact(null, "asha@example.in"), "Glow", spec(null, false)).orElseThrow();
        assertThat(email.action().type()).isEqualTo(ActionType.EMAIL);
        assertThat(email.action().subject()).isEqualTo("Glow से संपर्क");
        assertThat(LeadMessages.compose(List.of(connection(ChannelKind.EMAIL_SENDGRID)), PHONE_ONLY, "Glow",
                spec(null, false))).isEmpty();
    }

    @Test
    void theChannelTheContactWroteOnComesFirst() {
        var out = LeadMessages.compose(List.of(connection(ChannelKind.WHATSAPP), connection(ChannelKind.SMS_TWILIO)),
                PHONE_ONLY, "Glow", spec(ChannelKind.SMS_TWILIO, false)).orElseThrow();
        assertThat(out.connection().kind()).isEqualTo(ChannelKind.SMS_TWILIO);
    }

    @Test
    void languageIsTheContactsThenTheBusinesssPrimarySubtag() {
        assertThat(LeadMessages.language("hi-IN", "en-IN")).isEqualTo("hi");
        assertThat(LeadMessages.language(null, "en-IN")).isEqualTo("en");
        assertThat(LeadMessages.language(null, null)).isEqualTo("en");
        assertThat(LeadMessages.fill("Hello {name}, from {business}", "Glow", null)).isEqualTo("Hello, from Glow");
    }

    @Test
    void withoutANameTheGreetingLeavesTheNameOutInEveryLanguage() {
        assertThat(LeadMessages.fill("Hello {name}, thank you for contacting {business}!", "Glow", null))
                .isEqualTo("Hello, thank you for contacting Glow!");
        assertThat(LeadMessages.fill("{name} 様、{business} へのお問い合わせありがとうございます！", "Glow", " "))
                .isEqualTo("Glow へのお問い合わせありがとうございます！");
        assertThat(LeadMessages.fill("{name}，您好，感谢您联系 {business}！", "Glow", null)).isEqualTo("您好，感谢您联系 Glow！");
        assertThat(LeadMessages.fill("مرحبًا {name}، شكرًا لتواصلك مع {business}!", "Glow", "Asha"))
                .isEqualTo("مرحبًا Asha، شكرًا لتواصلك مع Glow!");
    }
}
