package com.verticallight.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The methods other features call, run the way a job or webhook runs them: inside its own transaction. */
@QuarkusTest
class ContactServiceTest {

    @Inject
    ContactService contacts;

    @Inject
    CurrentTenant currentTenant;

    private <T> T inTransactionOf(UUID tenantId, Supplier<Uni<T>> work) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(work))
                .await().atMost(java.time.Duration.ofSeconds(10));
    }

    @Test
    void anInboundPhoneFindsOrCreatesOneContactAndOpensTheWindow() throws Throwable {
        UUID tenant = Accounts.signup("BASIC").tenantId();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object> seen = inTransactionOf(tenant, () -> contacts.findOrCreateByPhone("+919812345678", "Asha")
                .chain(first -> contacts.recordInbound(first.id(), ChannelKind.WHATSAPP, at)
                        .chain(() -> contacts.recordInbound(first.id(), ChannelKind.WHATSAPP, at.minusSeconds(60)))
                        .chain(() -> contacts.findOrCreateByPhone("+919812345678", "Someone else"))
                        .chain(again -> contacts.lastInboundAt(again.id(), ChannelKind.WHATSAPP)
                                .chain(last -> contacts.lastInboundAt(again.id(), ChannelKind.SMS_TWILIO)
                                        .map(none -> List.of(first, again, last, none))))));

        ContactView first = (ContactView) seen.get(0);
        ContactView again = (ContactView) seen.get(1);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.name()).isEqualTo("Asha");
        assertThat(seen.get(2)).isEqualTo(Optional.of(at));
        assertThat(seen.get(3)).isEqualTo(Optional.empty());
    }

    @Test
    void anOptOutChangesThingsOnlyOnceSoItIsAcknowledgedOnce() throws Throwable {
        UUID tenant = Accounts.signup("BASIC").tenantId();
        UUID id = inTransactionOf(tenant, () -> contacts.findOrCreateByEmail("Ravi@Example.in", "Ravi")).id();

        assertThat(inTransactionOf(tenant, () -> contacts.isOptedOut(id, ChannelKind.EMAIL_SENDGRID))).isFalse();
        assertThat(inTransactionOf(tenant, () -> contacts.optOut(id, ChannelKind.EMAIL_SENDGRID, "STOP"))).isTrue();
        assertThat(inTransactionOf(tenant, () -> contacts.optOut(id, ChannelKind.EMAIL_SENDGRID, "STOP"))).isFalse();
        assertThat(inTransactionOf(tenant, () -> contacts.isOptedOut(id, ChannelKind.EMAIL_SENDGRID))).isTrue();
        assertThat(inTransactionOf(tenant, () -> contacts.isOptedOut(id, ChannelKind.WHATSAPP))).isFalse();
        assertThat(inTransactionOf(tenant, () -> contacts.findOrCreateByEmail("ravi@EXAMPLE.in", null)).id())
                .isEqualTo(id);

        assertThat(inTransactionOf(tenant, () -> contacts.optIn(id, ChannelKind.EMAIL_SENDGRID, "Replied START")))
                .isTrue();
        ChannelStatus status = inTransactionOf(tenant, () -> contacts.channelStatus(id, ChannelKind.EMAIL_SENDGRID));
        assertThat(status.optedOut()).isFalse();
        assertThat(status.consentSource()).isEqualTo("Replied START");
    }

    @Test
    void anotherTenantsContactIsNotFoundAndBadInputIsRefused() throws Throwable {
        UUID a = Accounts.signup("BASIC").tenantId();
        UUID b = Accounts.signup("BASIC").tenantId();
        UUID id = inTransactionOf(a, () -> contacts.findOrCreateByPhone("+919830012345", null)).id();

        assertThatThrownBy(() -> inTransactionOf(b, () -> contacts.optOut(id, ChannelKind.WHATSAPP, "x")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> inTransactionOf(b, () -> contacts.recordInbound(id, ChannelKind.WHATSAPP,
                Instant.now()))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> inTransactionOf(a, () -> contacts.findOrCreateByPhone("919830012345", null)))
                .isInstanceOf(ProblemException.class);
        assertThat(inTransactionOf(a, () -> contacts.isOptedOut(id, ChannelKind.WHATSAPP))).isFalse();
    }
}
