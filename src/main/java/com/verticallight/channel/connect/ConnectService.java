package com.verticallight.channel.connect;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connect.ConnectViews.CallbackRequest;
import com.verticallight.channel.connect.ConnectViews.ChooseRequest;
import com.verticallight.channel.connect.ConnectViews.FlowChoices;
import com.verticallight.channel.connect.ConnectViews.Picked;
import com.verticallight.channel.connect.ConnectViews.StartedFlow;
import com.verticallight.channel.connect.ConnectViews.WhatsAppSignup;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionViews.ConnectionRequest;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.platform.crypto.CredentialCipher;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platforms' own connect flows. A person starts one for a business and gets a state (random, stored only as its
 * SHA-256, bound to the person and tenant, single use, short lived). The platform sends the browser back to the web
 * app with a code and that state; the web app hands both to this service under the person's own session, which
 * takes the state once, exchanges the code (outside any transaction), and keeps what can be connected encrypted
 * until the person chose. Connections are then stored through {@link ConnectionService} exactly as the typed form
 * would store them.
 */
@ApplicationScoped
public class ConnectService {

    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
    };

    @Inject
    ConnectConfig config;

    @Inject
    ConnectFlowRepository flows;

    @Inject
    BusinessService businesses;

    @Inject
    ConnectionService connections;

    @Inject
    MetaConnectApi meta;

    @Inject
    GoogleConnectApi google;

    @Inject
    CredentialCipher cipher;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    public ConnectViews.ConnectOptions options() {
        return new ConnectViews.ConnectOptions(available(ConnectProvider.FACEBOOK), available(ConnectProvider.WHATSAPP),
                available(ConnectProvider.GOOGLE),
                available(ConnectProvider.FACEBOOK) || available(ConnectProvider.WHATSAPP)
                        ? config.meta().appId().orElse(null) : null,
                available(ConnectProvider.WHATSAPP) ? config.meta().whatsappConfigId().orElse(null) : null,
                meta.version());
    }

    boolean available(ConnectProvider provider) {
        ConnectConfig.Meta m = config.meta();
        return switch (provider) {
            case FACEBOOK -> config.publicBaseUrl().isPresent() && m.appId().isPresent() && m.appSecret().isPresent()
                    && m.loginConfigId().isPresent();
            case WHATSAPP -> m.appId().isPresent() && m.appSecret().isPresent() && m.whatsappConfigId().isPresent();
            case GOOGLE -> config.publicBaseUrl().isPresent() && config.google().clientId().isPresent();
        };
    }

    /** The redirect URI registered at the platform: always under the configured public base URL. */
    String redirectUri(ConnectProvider provider) {
        return config.publicBaseUrl().orElseThrow().replaceAll("/+$", "") + "/connect/"
                + provider.name().toLowerCase() + "/callback";
    }

    @WithTransaction
    public Uni<StartedFlow> start(UUID businessId, ConnectProvider provider) {
        if (!available(provider)) {
            return Uni.createFrom().failure(ProblemException.conflict(Text.of("channel.connectNotConfigured",
                    Map.of("provider", provider.name()))));
        }
        UUID userId = currentTenant.userId().orElseThrow(() -> ProblemException.forbidden(Text.of("channel.onlySignedPersonCanConnect")));
        return businesses.get(businessId).chain(business -> {
            String state = Tokens.random("");
            String verifier = provider == ConnectProvider.GOOGLE ? Tokens.random("") : null;
            ConnectFlow flow = new ConnectFlow();
            flow.userId = userId;
            flow.businessId = business.id();
            flow.provider = provider;
            flow.stateHash = Tokens.sha256(state);
            flow.verifierCiphertext = verifier == null ? null : cipher.encrypt(verifier);
            flow.createdAt = clock.instant();
            flow.expiresAt = flow.createdAt.plus(config.stateTtl());
            return flows.add(flow).map(saved -> new StartedFlow(saved.id, provider, url(provider, state, verifier),
                    state, saved.expiresAt));
        });
    }

    private String url(ConnectProvider provider, String state, String verifier) {
        return switch (provider) {
            case FACEBOOK -> meta.dialogUrl(redirectUri(provider), state);
            case GOOGLE -> google.consentUrl(redirectUri(provider), state, verifier);
            case WHATSAPP -> null; // the web app runs FB.login with the Embedded Signup configuration
        };
    }

    /** The platform sent the browser back: take the state once, exchange the code, list what can be connected. */
    public Uni<FlowChoices> callback(ConnectProvider provider, CallbackRequest request) {
        if (provider == ConnectProvider.WHATSAPP) {
            return Uni.createFrom().failure(ProblemException.invalid("provider", Text.of("channel.whatsappFinishesWithConnectWhatsapp")));
        }
        return claim(provider, request.state())
                .chain(flow -> candidates(flow, request.code())
                        .chain(found -> keepChoices(flow.id, found))
                        .map(found -> new FlowChoices(flow.id, provider,
                                found.stream().map(Candidate::choice).toList())));
    }

    private Uni<List<Candidate>> candidates(ConnectFlow flow, String code) {
        Instant now = clock.instant();
        if (flow.provider == ConnectProvider.GOOGLE) {
            return google.exchangeCode(code, redirectUri(flow.provider), cipher.decrypt(flow.verifierCiphertext), now)
                    .chain(google::locations);
        }
        return meta.exchangeCode(code, redirectUri(flow.provider)).chain(meta::longLived).chain(meta::pagesAndInstagram);
    }

    /** The person picked: each choice becomes a connection, all or none. */
    @WithTransaction
    public Uni<List<ConnectionView>> choose(UUID flowId, ChooseRequest request) {
        return flows.getById(flowId, "Connect flow").chain(flow -> {
            if (!isMine(flow)) {
                return Uni.createFrom().failure(ProblemException.notFound("Connect flow"));
            }
            if (flow.choicesCiphertext == null || flow.chosenAt != null || clock.instant().isAfter(flow.expiresAt)) {
                return Uni.createFrom().failure(ProblemException.conflict(Text.of("channel.connectFlowWasAlreadyFinished")));
            }
            List<Candidate> offered = JsonText.read(cipher.decrypt(flow.choicesCiphertext), CANDIDATES);
            List<Candidate> picked = pick(offered, request.choices());
            flow.chosenAt = clock.instant();
            flow.choicesCiphertext = null;
            return Multi.createFrom().iterable(picked).onItem()
                    .transformToUniAndConcatenate(candidate -> connections.create(flow.businessId, new ConnectionRequest(
                            candidate.kind(), name(candidate), candidate.platformIds(), candidate.credentials(),
                            request.mode())))
                    .collect().asList()
                    .call(() -> flows.flush(flow));
        });
    }

    private static List<Candidate> pick(List<Candidate> offered, List<Picked> picks) {
        return java.util.stream.IntStream.range(0, picks.size()).mapToObj(i -> offered.stream()
                .filter(c -> c.kind() == picks.get(i).kind() && c.id().equals(picks.get(i).id())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("choices[" + i + "].id", Text.of("channel.wasNotOfferedByPlatform"))))
                .distinct().toList();
    }

    /** Embedded Signup finished in the browser: exchange the code, subscribe the app, register the number, store. */
    public Uni<ConnectionView> whatsapp(WhatsAppSignup signup) {
        String pin = signup.pin() == null ? String.format("%06d", new java.security.SecureRandom().nextInt(1_000_000))
                : signup.pin();
        return claim(ConnectProvider.WHATSAPP, signup.state())
                .chain(flow -> meta.exchangeCode(signup.code(), null)
                        .call(token -> meta.subscribeApp(signup.wabaId(), token))
                        .call(token -> meta.register(signup.phoneNumberId(), pin, token))
                        .chain(token -> Panache.withTransaction(() -> flows.update("chosenAt = :now", "id = :id",
                                Map.of("now", clock.instant(), "id", flow.id))
                                .chain(() -> connections.create(flow.businessId, new ConnectionRequest(
                                        ChannelKind.WHATSAPP, "WhatsApp " + signup.phoneNumberId(),
                                        Map.of("phoneNumberId", signup.phoneNumberId(), "wabaId", signup.wabaId()),
                                        Map.of("accessToken", token, "registrationPin", pin), signup.mode()))))));
    }

    /**
     * The flow this state was issued for, taken for good. Unknown, another tenant's or another person's, expired,
     * used or for another provider: the same 400 naming "state", and nothing changes.
     */
    private Uni<ConnectFlow> claim(ConnectProvider provider, String state) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> flows.first("stateHash = :hash", Map.of("hash", Tokens.sha256(state)))
                .chain(flow -> {
                    if (flow == null || !isMine(flow) || flow.provider != provider || flow.usedAt != null
                            || now.isAfter(flow.expiresAt)) {
                        return Uni.createFrom().failure(badState());
                    }
                    return flows.update("usedAt = :now, expiresAt = :until", "id = :id and usedAt is null",
                            Map.of("now", now, "until", now.plus(config.stateTtl()), "id", flow.id))
                            .map(taken -> {
                                if (taken != 1) {
                                    throw badState();
                                }
                                return flow;
                            });
                }));
    }

    private Uni<List<Candidate>> keepChoices(UUID flowId, List<Candidate> found) {
        return Panache.withTransaction(() -> flows.update("choicesCiphertext = :choices", "id = :id",
                Map.of("choices", cipher.encrypt(JsonText.write(found)), "id", flowId))).replaceWith(found);
    }

    private boolean isMine(ConnectFlow flow) {
        return currentTenant.userId().map(flow.userId::equals).orElse(false);
    }

    private static ProblemException badState() {
        return ProblemException.invalid("state", Text.of("channel.unknownExpiredAlreadyUsedNot"));
    }

    private static String name(Candidate candidate) {
        String name = candidate.name() == null ? candidate.id() : candidate.name();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
