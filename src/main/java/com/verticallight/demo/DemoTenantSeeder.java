package com.verticallight.demo;

import com.verticallight.business.Business;
import com.verticallight.business.Category;
import com.verticallight.business.CategoryConfig;
import com.verticallight.business.CategoryDefaults;
import com.verticallight.business.OpeningPeriod;
import com.verticallight.identity.AuthRequests;
import com.verticallight.identity.AuthService;
import com.verticallight.identity.PasswordHasher;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.tenant.PlanCode;
import com.verticallight.tenant.TenantService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start of an empty database, creates a demo tenant (a small chain of beauty salons in Kolkata,
 * on the enterprise plan so more outlets can be added) so a person can sign in at once. Its password is random and printed once on the console (not logged). {@code vlos.demo.enabled=false} turns it off.
 */
@ApplicationScoped
public class DemoTenantSeeder {

    private static final Logger LOG = Logger.getLogger(DemoTenantSeeder.class);
    static final String DEMO_EMAIL = "owner@glow-salon.demo";

    @ConfigProperty(name = "vlos.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    TenantService tenants;

    @Inject
    AuthService auth;

    @Inject
    CategoryDefaults categoryDefaults;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) {
            return;
        }
        String password = Tokens.random("").substring(0, 16);
        String hash = PasswordHasher.hashNow(password);
        Boolean created = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache
                .getSession()
                .chain(s -> s.createSelectionQuery("select count(*) from Tenant", Long.class).getSingleResult())
                .chain(count -> count > 0 ? Uni.createFrom().item(false) : seed(hash).replaceWith(true))));
        if (created) {
            LOG.infof("Demo account %s created; its password is printed once on the console (not in the log)", DEMO_EMAIL);
            announce(System.out, password);
        }
    }

    /** Straight to the console, never through the logger, so no log file or log shipper keeps the password. */
    static void announce(java.io.PrintStream console, String password) {
        console.printf("%n%n  Demo account created. Sign in at http://localhost:8080/ "
                + "(API: POST /api/v1/auth/login, Swagger UI at /q/swagger-ui)"
                + "%n    email:    %s%n    password: %s%n  This password is shown only once.%n%n", DEMO_EMAIL, password);
        console.flush();
    }

    private Uni<Void> seed(String passwordHash) {
        AuthRequests.Signup signup = new AuthRequests.Signup("Glow Beauty Salons", "Asha Sen", DEMO_EMAIL,
                "unused-hash-given", PlanCode.ENTERPRISE, "en-IN", "INR", "Asia/Kolkata");
        return tenants.create(signup.accountName(), signup.plan(), signup.locale(), signup.currency(), signup.timeZone())
                .chain(tenant -> auth.persistOwner(tenant, signup, passwordHash)
                        .chain(owner -> categoryDefaults.forCategory(Category.SALON))
                        .chain(config -> Panache.getSession().chain(s -> s.persist(salon(tenant.id, config)))));
    }

    private Business salon(UUID tenantId, CategoryConfig config) {
        Business salon = new Business();
        salon.id = UUID.randomUUID();
        salon.tenantId = tenantId;
        salon.name = "Glow Beauty Salon, Park Street";
        salon.category = Category.SALON;
        salon.addressLine = "24 Park Street";
        salon.city = "Kolkata";
        salon.postalCode = "700016";
        salon.country = "IN";
        salon.latitude = 22.5535;
        salon.longitude = 88.3525;
        salon.serviceRadiusKm = 5;
        salon.monthlyBudgetMinor = 500_000;
        salon.budgetCurrency = "INR";
        salon.language = "en-IN";
        salon.timeZone = "Asia/Kolkata";
        salon.phone = "+919830012345";
        salon.whatsappNumber = "+919830012345";
        salon.operatingHours = weekHours();
        salon.categoryConfig = config;
        salon.createdAt = clock.instant();
        salon.leadFormKey = Tokens.randomHex(16);
        salon.updatedAt = salon.createdAt;
        return salon;
    }

    private static Map<DayOfWeek, List<OpeningPeriod>> weekHours() {
        Map<DayOfWeek, List<OpeningPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, day == DayOfWeek.TUESDAY ? List.of()
                    : List.of(new OpeningPeriod(LocalTime.of(10, 0), LocalTime.of(20, 0))));
        }
        return hours;
    }
}
