package com.verticallight.business;

import com.verticallight.i18n.Text;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.Limit;
import com.verticallight.tenant.PlanLimits;
import com.verticallight.tenant.TenantService;
import com.verticallight.tenant.TenantViews.TenantView;
import com.verticallight.tenant.UsageCounter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Business profiles (locations) of the current tenant, within the plan's number of locations. */
@ApplicationScoped
public class BusinessService implements UsageCounter {

    static final double DEFAULT_RADIUS_KM = 5.0;

    @Inject
    BusinessRepository businesses;

    @Inject
    CategoryDefaults categoryDefaults;

    @Inject
    PlanLimits planLimits;

    @Inject
    TenantService tenants;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<BusinessListener> listeners;

    @WithSession
    public Uni<List<BusinessView>> list() {
        return businesses.listAll("createdAt").map(all -> all.stream().map(BusinessView::of).toList());
    }

    @WithSession
    public Uni<BusinessView> get(UUID id) {
        return businesses.getById(id, "Business").map(BusinessView::of);
    }

    public Uni<BusinessView> create(BusinessRequest request) {
        requireConsistent(request);
        return categoryDefaults.forCategory(request.category())
                .chain(defaults -> Panache.withTransaction(() -> createWith(request, defaults)));
    }

    private Uni<BusinessView> createWith(BusinessRequest request, CategoryConfig defaults) {
        return planLimits.requireRoomForOneMore(Limit.LOCATIONS, this::currentUsage)
                .chain(tenants::current)
                .chain(tenant -> {
                    Business business = new Business();
                    business.createdAt = clock.instant();
                    business.leadFormKey = Tokens.randomHex(16);
                    business.categoryConfig = defaults;
                    apply(request, business, tenant);
                    return businesses.add(business);
                })
                .call(this::notifyListeners)
                .map(BusinessView::of);
    }

    /** Replaces the profile. A change of category keeps the business's own category configuration. */
    @WithTransaction
    public Uni<BusinessView> replace(UUID id, BusinessRequest request) {
        requireConsistent(request);
        return businesses.getById(id, "Business")
                .chain(business -> tenants.current().chain(tenant -> {
                    apply(request, business, tenant);
                    return businesses.flush(business);
                }))
                .call(this::notifyListeners)
                .map(BusinessView::of);
    }

    private Uni<Void> notifyListeners(Business business) {
        return io.smallrye.mutiny.Multi.createFrom().iterable(listeners)
                .onItem().transformToUniAndConcatenate(listener -> listener.saved(business))
                .collect().last().replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return businesses.getById(id, "Business").chain(businesses::remove);
    }

    @WithSession
    public Uni<CategoryConfig> categoryConfig(UUID id) {
        return businesses.getById(id, "Business").map(business -> business.categoryConfig);
    }

    @WithTransaction
    public Uni<CategoryConfig> replaceCategoryConfig(UUID id, CategoryConfig config) {
        List<FieldError> errors = OperatingHoursRules.checkWindows("postingWindows", config.postingWindows());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return businesses.getById(id, "Business").chain(business -> {
            business.categoryConfig = config;
            business.updatedAt = clock.instant();
            return businesses.flush(business);
        }).call(this::notifyListeners).map(business -> business.categoryConfig);
    }

    public Uni<Map<String, CategoryConfig>> categoryDefaults() {
        return categoryDefaults.all();
    }

    @Override
    public Limit limit() {
        return Limit.LOCATIONS;
    }

    @Override
    public Uni<Long> currentUsage() {
        return businesses.count(null, Map.of());
    }

    private static void requireConsistent(BusinessRequest request) {
        List<FieldError> errors = new ArrayList<>(OperatingHoursRules.check(request.operatingHours()));
        QuietHours quiet = request.quietHours();
        if (quiet != null && quiet.start() != null && quiet.start().equals(quiet.end())) {
            errors.add(FieldError.of("quietHours", Text.of("business.startEndDiffer")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(BusinessRequest request, Business business, TenantView tenant) {
        business.name = request.name().trim();
        business.category = request.category();
        business.addressLine = request.addressLine();
        business.city = request.city().trim();
        business.postalCode = request.postalCode();
        business.country = request.country();
        business.latitude = request.latitude();
        business.longitude = request.longitude();
        business.serviceRadiusKm = request.serviceRadiusKm() == null ? DEFAULT_RADIUS_KM : request.serviceRadiusKm();
        business.monthlyBudgetMinor = request.monthlyBudget() == null ? 0 : request.monthlyBudget().amountMinor();
        business.budgetCurrency = request.monthlyBudget() == null ? tenant.currency() : request.monthlyBudget().currency();
        business.language = request.language() == null ? tenant.locale() : request.language();
        business.timeZone = request.timeZone() == null ? tenant.timeZone() : request.timeZone();
        business.phone = request.phone();
        business.email = request.email();
        business.website = request.website();
        applyChannels(request.channelAccounts(), business);
        applyPerformance(request.performance(), business);
        business.operatingHours = request.operatingHours() == null ? Map.of() : request.operatingHours();
        business.quietHoursStart = request.quietHours() == null ? null : request.quietHours().start();
        business.quietHoursEnd = request.quietHours() == null ? null : request.quietHours().end();
        business.updatedAt = clock.instant();
    }

    private static void applyChannels(BusinessRequest.ChannelAccounts channels, Business business) {
        BusinessRequest.ChannelAccounts c = channels == null
                ? new BusinessRequest.ChannelAccounts(null, null, null, null) : channels;
        business.googleBusinessLocationId = c.googleBusinessLocationId();
        business.facebookPageId = c.facebookPageId();
        business.instagramAccountId = c.instagramAccountId();
        business.whatsappNumber = c.whatsappNumber();
    }

    private static void applyPerformance(BusinessRequest.Performance performance, Business business) {
        BusinessRequest.Performance p = performance == null ? new BusinessRequest.Performance(null, null, null)
                : performance;
        business.monthlyRevenueMinor = p.monthlyRevenueMinor();
        business.customerCount = p.customerCount();
        business.averageOrderValueMinor = p.averageOrderValueMinor();
    }
}
