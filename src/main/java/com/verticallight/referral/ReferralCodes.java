package com.verticallight.referral;

import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Referral codes: one per contact and business, 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * drawn from a secure random source (31^8, about 850 billion codes, so they cannot be guessed). Issuing a code
 * schedules its message as a durable job keyed by the code, so a customer is sent their code once. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class ReferralCodes {

    public static final String SEND_KIND = "referral.send";
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ReferralCodeRepository codes;

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    record SendPayload(UUID codeId) {
    }

    /** The contact's code at the business; a new one is stored and its message scheduled at the given time. */
    Uni<ReferralCode> issue(UUID businessId, UUID contactId, ReferralSetting.Trigger trigger, Instant sendAt,
            String correlation) {
        return codes.first("businessId = :businessId and contactId = :contactId",
                Map.of("businessId", businessId, "contactId", contactId))
                .chain(found -> found != null ? Uni.createFrom().item(found) : unusedCode().chain(code -> {
                    ReferralCode row = new ReferralCode();
                    row.businessId = businessId;
                    row.contactId = contactId;
                    row.code = code;
                    row.trigger = trigger;
                    row.sendStatus = "SCHEDULED";
                    row.createdAt = clock.instant();
                    return codes.add(row).call(saved -> jobs.schedule(new JobRequest(SEND_KIND,
                            JsonText.write(new SendPayload(saved.id)), sendAt, "referral:" + saved.id, correlation,
                            null)));
                }));
    }

    /** The business's code as a customer typed it (any case, spaces and dashes ignored); null when unknown. */
    Uni<ReferralCode> find(UUID businessId, String typed) {
        String code = normalise(typed);
        return codes.first("businessId = :businessId and code = :code", Map.of("businessId", businessId, "code", code));
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A fresh code no business uses yet (codes are unique across all tenants). */
    private Uni<String> unusedCode() {
        String candidate = draw();
        return codes.existsAnywhere(candidate).chain(taken -> taken ? unusedCode() : Uni.createFrom().item(candidate));
    }

    static String draw() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
