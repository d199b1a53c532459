package com.verticallight.referral;

import com.verticallight.i18n.Text;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.business.BusinessService;
import com.verticallight.business.Money;
import com.verticallight.channel.ChannelKind;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.referral.ReferralViews.SaleRequest;
import com.verticallight.referral.ReferralViews.SaleView;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.referral.ReferralViews.ImportResult;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Records completed sales: the customer, the amount, a referral code's attribution (stored, and as revenue in the
 * ledger), and in the same transaction the durable job of the thank-you with the review link and, when the business
 * sends codes after a sale, the customer's referral code. Joins the caller's transaction.
 */
@ApplicationScoped
public class SaleService {

    public static final String REVIEW_REQUEST_KIND = "review.request";
    public static final String REVIEW_REQUEST_TASK = "review_request";
    public static final String CONVERSION_TASK = "referral_conversion";
    /** A sale recorded this long after it happened is too old to ask about (e.g. a year of history imported). */
    static final Duration ASK_WITHIN = Duration.ofDays(7);
    static final String RECENTLY_ASKED = "RECENTLY_ASKED";

    @Inject
    SaleRepository sales;

    @Inject
    ReferralCodes codes;

    @Inject
    ReferralCodeRepository referralCodes;

    @Inject
    ReferralSettings settings;

    @Inject
    ContactService contacts;

    @Inject
    BusinessService businesses;

    @Inject
    JobScheduler jobs;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    record RequestPayload(UUID saleId) {
    }

    @WithTransaction
    public Uni<SaleView> create(UUID businessId, SaleRequest request) {
        return record(businessId, request);
    }

    /**
     * Imports sales in one transaction, each keyed by its external id, so an import can be sent again: known ids are
     * left as they are. A bad row refuses the whole import, naming the row's field (sales[3].referralCode).
     */
    @WithTransaction
    public Uni<ImportResult> importAll(UUID businessId, List<SaleRequest> rows) {
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).externalId() == null || rows.get(i).externalId().isBlank()) {
                missing.add(FieldError.of("sales[" + i + "].externalId", Text.of("referral.neededImportSaleOnce")));
            }
        }
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(missing));
        }
        return Multi.createFrom().range(0, rows.size())
                .onItem().transformToUniAndConcatenate(i -> record(businessId, rows.get(i))
                        .onFailure(ProblemException.class).transform(e -> prefixed((ProblemException) e, i)))
                .collect().asList()
                .map(views -> new ImportResult(rows.size(), (int) views.stream().filter(v -> !v.alreadyRecorded()).count(),
                        (int) views.stream().filter(SaleView::alreadyRecorded).count(), views));
    }

    private static ProblemException prefixed(ProblemException e, int row) {
        Problem problem = e.problem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return e;
        }
        return ProblemException.invalid(problem.errors().stream()
                .map(f -> f.at("sales[" + row + "]." + f.field())).toList());
    }

    /** The sale, stored once per external id; a known external id returns the stored sale unchanged. */
    Uni<SaleView> record(UUID businessId, SaleRequest request) {
        if (request.contactId() == null && (request.phone() == null || request.phone().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("contactId", Text.of("referral.giveContactIdPhone")));
        }
        Uni<Sale> known = request.externalId() == null ? Uni.createFrom().nullItem()
                : sales.first("businessId = :businessId and externalId = :externalId",
                        Map.of("businessId", businessId, "externalId", request.externalId()));
        return businesses.get(businessId).chain(business -> known).chain(existing -> existing != null
                ? view(existing, true)
                : customer(request).chain(contact -> referrer(businessId, request, contact))
                        .chain(attribution -> store(businessId, request, attribution))
                        .chain(sale -> view(sale, false)));
    }

    private record Attribution(ContactView buyer, ReferralCode code) {
    }

    private Uni<ContactView> customer(SaleRequest request) {
        Uni<ContactView> found = request.contactId() != null
                ? contacts.get(request.contactId()).onFailure(ProblemException.class)
                        .transform(e -> ProblemException.invalid("contactId", Text.of("referral.noSuchContact")))
                : contacts.findOrCreateByPhone(request.phone().trim(), request.name());
        if (!Boolean.TRUE.equals(request.marketingConsent())) {
            return found;
        }
        return found.call(c -> contacts.grantConsent(c.id(), ChannelKind.WHATSAPP, "sale"))
                .call(c -> contacts.grantConsent(c.id(), ChannelKind.SMS_TWILIO, "sale"));
    }

    private Uni<Attribution> referrer(UUID businessId, SaleRequest request, ContactView buyer) {
        if (request.referralCode() == null || request.referralCode().isBlank()) {
            return Uni.createFrom().item(new Attribution(buyer, null));
        }
        return codes.find(businessId, request.referralCode()).map(code -> {
            if (code == null) {
                throw ProblemException.invalid("referralCode", Text.of("referral.notReferralCodeBusiness"));
            }
            if (code.contactId.equals(buyer.id())) {
                throw ProblemException.invalid("referralCode", Text.of("referral.customersOwnCode"));
            }
            return new Attribution(buyer, code);
        });
    }

    private Uni<Sale> store(UUID businessId, SaleRequest request, Attribution attribution) {
        Instant now = clock.instant();
        Sale sale = new Sale();
        sale.businessId = businessId;
        sale.contactId = attribution.buyer().id();
        sale.amountMinor = request.amountMinor();
        sale.currency = request.currency();
        sale.occurredAt = request.occurredAt() == null ? now : request.occurredAt();
        sale.externalId = request.externalId();
        sale.referralCodeId = attribution.code() == null ? null : attribution.code().id;
        sale.referrerContactId = attribution.code() == null ? null : attribution.code().contactId;
        sale.createdAt = now;
        return settings.of(businessId).chain(setting -> {
            Instant askAt = max(sale.occurredAt.plus(Duration.ofMinutes(setting.reviewRequestDelayMinutes)), now);
            boolean tooOld = sale.occurredAt.isBefore(now.minus(ASK_WITHIN));
            return recentlyAsked(sale, setting).chain(recently -> {
                sale.reviewRequestStatus = tooOld ? "TOO_OLD" : recently ? RECENTLY_ASKED : "SCHEDULED";
                return sales.add(sale);
            })
                    .call(saved -> Outbox.emit(saved.tenantId, "sale.recorded", Outbox.payload("saleId", saved.id,
                            "businessId", saved.businessId, "contactId", saved.contactId, "amountMinor",
                            saved.amountMinor, "currency", saved.currency, "occurredAt", saved.occurredAt,
                            "externalId", saved.externalId, "referralCodeId", saved.referralCodeId, "name",
                            attribution.buyer().name(), "phone", attribution.buyer().phone()), now))
                    .call(saved -> !"SCHEDULED".equals(saved.reviewRequestStatus) ? Uni.createFrom().voidItem()
                            : askForReview(saved, askAt))
                    .call(saved -> tooOld || setting.referralTrigger != ReferralSetting.Trigger.AFTER_SALE
                            ? Uni.createFrom().voidItem()
                            : codes.issue(businessId, saved.contactId, ReferralSetting.Trigger.AFTER_SALE, askAt,
                                    correlation(saved)).replaceWithVoid())
                    .call(saved -> attribution.code() == null ? Uni.createFrom().voidItem()
                            : attribute(saved, attribution.code()));
        });
    }

    /** Asked within the cooldown (or an ask is pending) for another of the customer's sales. */
    Uni<Boolean> recentlyAsked(Sale sale, ReferralSetting setting) {
        return recentlyAsked(sale, setting, true);
    }

    /** With pending false only asks that went out count: used when the ask is about to go out. */
    Uni<Boolean> recentlyAsked(Sale sale, ReferralSetting setting, boolean pending) {
        if (setting.reviewRequestCooldownDays == 0) {
            return Uni.createFrom().item(false);
        }
        Instant since = clock.instant().minus(Duration.ofDays(setting.reviewRequestCooldownDays));
        UUID self = sale.id == null ? new UUID(0, 0) : sale.id;
        return sales.askedSince(sale.businessId, sale.contactId, self, since, pending);
    }

    private Uni<Void> askForReview(Sale sale, Instant at) {
        return jobs.schedule(new JobRequest(REVIEW_REQUEST_KIND, JsonText.write(new RequestPayload(sale.id)), at,
                "review-request:" + sale.id, correlation(sale), null)).replaceWithVoid();
    }

    /** The automation matched the code and credited the referrer: recorded with the revenue it brought. */
    private Uni<Void> attribute(Sale sale, ReferralCode code) {
        Instant now = clock.instant();
        return ledger.record(new LedgerRecord(sale.businessId, CONVERSION_TASK, true, false, Outcome.DONE, null,
                sale.amountMinor, now, now, null, "referral:" + code.id + " sale:" + sale.id)).replaceWithVoid();
    }

    static String correlation(Sale sale) {
        return "sale:" + sale.id;
    }

    private Uni<SaleView> view(Sale sale, boolean alreadyRecorded) {
        Uni<ReferralCode> code = sale.referralCodeId == null ? Uni.createFrom().nullItem()
                : referralCodes.findById(sale.referralCodeId);
        return code.map(c -> new SaleView(sale.id, sale.businessId, sale.contactId,
                new Money(sale.amountMinor, sale.currency), sale.occurredAt, sale.externalId,
                c == null ? null : c.code, sale.referrerContactId, sale.reviewRequestStatus, alreadyRecorded,
                sale.createdAt));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
