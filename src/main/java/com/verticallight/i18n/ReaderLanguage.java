package com.verticallight.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of the person reading a response: their saved language, else the request's Accept-Language,
 * else the business's language, else English. The person's and business's languages come with the verified
 * identity (read with the token check, no extra query); Accept-Language from the current request.
 */
@ApplicationScoped
public class ReaderLanguage {

    /** Identity attribute: the signed-in person's saved language (BCP 47), if chosen. */
    public static final String PERSON_LANGUAGE = "vlos.language";
    /** Identity attribute: the business's (tenant's) locale, e.g. en-IN. */
    public static final String BUSINESS_LOCALE = "vlos.business_locale";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest request;

    /** The reader's language in the current request (English outside one). */
    public Uni<Locale> current() {
        return identity().map(this::languageOf);
    }

    /** The locale to format numbers, money and dates for the reader (en + business en-IN gives en-IN). */
    public Uni<Locale> formats() {
        return identity().map(id -> Languages.forFormats(languageOf(id), attribute(id, BUSINESS_LOCALE)));
    }

    Locale languageOf(SecurityIdentity identity) {
        return Languages.resolve(attribute(identity, PERSON_LANGUAGE), acceptLanguage(),
                attribute(identity, BUSINESS_LOCALE));
    }

    private Uni<SecurityIdentity> identity() {
        if (!Arc.container().requestContext().isActive()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull();
    }

    private String acceptLanguage() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().getHeader("Accept-Language");
    }

    private static String attribute(SecurityIdentity identity, String name) {
        return identity == null ? null : identity.getAttribute(name);
    }
}
