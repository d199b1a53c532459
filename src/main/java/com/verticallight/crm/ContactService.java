package com.verticallight.crm;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.TenantService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's contacts and their standing per channel. Other features call the public methods; each opens
 * a session or transaction only when the caller has none, so they also run inside the caller's unit of work.
 */
@ApplicationScoped
public class ContactService {

    static final String CONTACT = "Contact";

    @Inject
    ContactRepository contacts;

    @Inject
    ContactChannelRepository channels;

    @Inject
    TenantService tenants;

    @Inject
    Clock clock;

    @WithSession
    public Uni<ContactPage> list(String tag, String search, int limit, int offset) {
        ContactFilter filter = ContactFilter.of(tag, search);
        return contacts.count(filter.where(), filter.parameters())
                .chain(total -> contacts.page(filter.where(), filter.parameters(), "createdAt, id", offset, limit)
                        .chain(this::views)
                        .map(items -> new ContactPage(items, total, limit, offset)));
    }

    /** Name and phone of the tenant's contacts among these ids, by id (another tenant's ids are simply absent). */
    @WithSession
    public Uni<Map<UUID, ContactCard>> cards(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return contacts.list("id in :ids", Map.of("ids", List.copyOf(ids)), "id")
                .map(found -> found.stream().collect(Collectors.toMap(c -> c.id, c -> new ContactCard(c.name, c.phoneE164))));
    }

    @WithSession
    public Uni<ContactView> get(UUID id) {
        return contacts.getById(id, CONTACT).chain(this::view);
    }

    @WithTransaction
    public Uni<ContactView> create(ContactRequest request) {
        return normalised(request)
                .chain(fields -> requireUnique(fields, null).chain(() -> {
                    Contact contact = new Contact();
                    contact.createdAt = now();
                    fields.applyTo(contact, contact.createdAt);
                    return contacts.add(contact);
                }))
                .onFailure(ContactService::isDuplicate).transform(e -> duplicate())
                .chain(this::view);
    }

    @WithTransaction
    public Uni<ContactView> replace(UUID id, ContactRequest request) {
        return contacts.getById(id, CONTACT)
                .chain(contact -> normalised(request)
                        .chain(fields -> requireUnique(fields, id).chain(() -> {
                            fields.applyTo(contact, now());
                            return contacts.flush(contact);
                        })))
                .onFailure(ContactService::isDuplicate).transform(e -> duplicate())
                .chain(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return contacts.getById(id, CONTACT).chain(contacts::remove);
    }

    /** The contact with this phone (E.164, "+" first), created with the name if there is none yet. */
    @WithTransaction
    public Uni<ContactView> findOrCreateByPhone(String phoneE164, String name) {
        Optional<String> valid = PhoneNumbers.toE164(phoneE164, "ZZ");
        if (valid.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("phone", Text.of("crm.validE164PhoneNumber")));
        }
        String phone = valid.get();
        return contacts.findByPhone(phone)
                .chain(found -> found != null ? named(found, name)
                        : contacts.add(newContact(ContactFields.reachedAt(name, phone, null))))
                .onFailure(ContactService::isDuplicate).transform(e -> duplicate())
                .chain(this::view);
    }

    /**
     * The contact with this phone, created if there is none; an email given with it is kept on a contact that has
     * none yet (and that no other contact of the tenant uses).
     */
    @WithTransaction
    public Uni<ContactView> findOrCreateByPhone(String phoneE164, String email, String name) {
        String address = email == null ? null : email.trim();
        boolean wellFormed = address != null && wellFormedEmail(address);
        return findOrCreateByPhone(phoneE164, name).chain(view -> view.email() != null || !wellFormed
                ? Uni.createFrom().item(view)
                : contacts.findByEmail(address).chain(other -> other != null ? Uni.createFrom().item(view)
                        : contacts.getById(view.id(), CONTACT).chain(contact -> {
                            contact.email = address;
                            contact.updatedAt = now();
                            return contacts.flush(contact).chain(this::view);
                        })));
    }

    private static boolean wellFormedEmail(String address) {
        return address.length() <= 320 && address.matches("^[^@\\s]+@[^@\\s]+$");
    }

    /** A typed phone number in E.164 form; one without "+" is read as a number of the country (ISO code). */
    public Optional<String> phoneInE164(String typed, String country) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : PhoneNumbers.toE164(typed, country == null ? PhoneNumbers.FALLBACK_REGION : country);
    }

    /** The contact with this email (any case), created with the name if there is none yet. */
    @WithTransaction
    public Uni<ContactView> findOrCreateByEmail(String email, String name) {
        String address = email == null ? "" : email.trim();
        if (!wellFormedEmail(address)) {
            return Uni.createFrom().failure(ProblemException.invalid("email", Text.of("crm.wellFormedEmailAddress")));
        }
        return contacts.findByEmail(address)
                .chain(found -> found != null ? named(found, name)
                        : contacts.add(newContact(ContactFields.reachedAt(name, null, address))))
                .onFailure(ContactService::isDuplicate).transform(e -> duplicate())
                .chain(this::view);
    }

    /** Notes a message from the contact on the channel (it opens WhatsApp's 24-hour window); later times win. */
    @WithTransaction
    public Uni<Void> recordInbound(UUID contactId, ChannelKind channel, Instant at) {
        Objects.requireNonNull(at, "at");
        return channelRow(contactId, channel).chain(row -> {
            Instant stored = at.truncatedTo(ChronoUnit.MICROS);
            if (row.lastInboundAt == null || stored.isAfter(row.lastInboundAt)) {
                row.lastInboundAt = stored;
            }
            return save(row);
        }).replaceWithVoid();
    }

    /** Records consent to be messaged on the channel; it does not lift an earlier opt-out. */
    @WithTransaction
    public Uni<ContactView> grantConsent(UUID contactId, ChannelKind channel, String source) {
        return channelRow(contactId, channel).chain(row -> {
            row.consentAt = now();
            row.consentSource = source == null ? null : source.trim();
            return save(row);
        }).chain(row -> get(contactId));
    }

    /**
     * Stops all messages to the contact on the channel. True if this changed anything, false if they had
     * already opted out, so a caller acknowledges an opt-out only once.
     */
    @WithTransaction
    public Uni<Boolean> optOut(UUID contactId, ChannelKind channel, String reason) {
        return channelRow(contactId, channel).chain(row -> {
            if (row.optedOut()) {
                return Uni.createFrom().item(false);
            }
            row.optedOutAt = now();
            row.optOutReason = reason == null || reason.isBlank() ? null : reason.trim();
            return save(row).replaceWith(true);
        });
    }

    @WithTransaction
    public Uni<ContactView> optOutAndShow(UUID contactId, ChannelKind channel, String reason) {
        return optOut(contactId, channel, reason).chain(changed -> get(contactId));
    }

    /** Lifts an opt-out; only consent recorded after the opt-out allows it (409 otherwise). */
    @WithTransaction
    public Uni<ContactView> resubscribe(UUID contactId, ChannelKind channel) {
        return channelRow(contactId, channel).chain(row -> {
            if (!row.optedOut()) {
                return Uni.createFrom().item(row);
            }
            if (row.consentAt == null || !row.consentAt.isAfter(row.optedOutAt)) {
                throw ProblemException.conflict(Text.of("crm.optedOut",
                        Map.of("channel", String.valueOf(channel))));
            }
            row.optedOutAt = null;
            row.optOutReason = null;
            return save(row);
        }).chain(row -> get(contactId));
    }

    /**
     * The contact asked to hear from us again (for example by sending START): records that as consent and
     * lifts any opt-out. True if there was an opt-out to lift.
     */
    @WithTransaction
    public Uni<Boolean> optIn(UUID contactId, ChannelKind channel, String source) {
        return channelRow(contactId, channel).chain(row -> {
            boolean wasOptedOut = row.optedOut();
            row.consentAt = now();
            row.consentSource = source;
            row.optedOutAt = null;
            row.optOutReason = null;
            return save(row).replaceWith(wasOptedOut);
        });
    }

    /** The contact's consent, opt-out and last inbound time on the channel, as the send policy needs them. */
    @WithSession
    public Uni<ChannelStatus> channelStatus(UUID contactId, ChannelKind channel) {
        return contacts.getById(contactId, CONTACT)
                .chain(contact -> channels.find(contactId, channel))
                .map(row -> row == null ? ChannelStatus.none(channel) : row.status());
    }

    /**
     * The standing on one channel of many recipients at once (two queries), keyed by the address as given.
     * Addresses of nobody known get {@link ChannelStatus#none}: no consent, no opt-out, no inbound message.
     *
     * @param addresses E.164 phones, or email addresses when the channel is email
     */
    @WithSession
    public Uni<Map<String, ChannelStatus>> statusesOf(Collection<String> addresses, ChannelKind channel) {
        boolean email = channel == ChannelKind.EMAIL_SENDGRID;
        List<String> keys = addresses.stream().map(a -> email ? a.trim().toLowerCase(Locale.ROOT) : a).distinct().toList();
        String where = email ? "lower(email) in :keys" : "phoneE164 in :keys";
        return contacts.list(where, Map.of("keys", keys), null).chain(found -> {
            Map<UUID, String> keyOf = new HashMap<>();
            found.forEach(c -> keyOf.put(c.id, email ? c.email.toLowerCase(Locale.ROOT) : c.phoneE164));
            Uni<List<ContactChannel>> rows = keyOf.isEmpty() ? Uni.createFrom().item(List.of())
                    : channels.ofContacts(keyOf.keySet());
            return rows.map(all -> {
                Map<String, ChannelStatus> byKey = new HashMap<>();
                all.stream().filter(row -> row.channel == channel)
                        .forEach(row -> byKey.put(keyOf.get(row.contactId), row.status()));
                Map<String, ChannelStatus> result = new HashMap<>();
                addresses.forEach(a -> result.put(a, byKey.getOrDefault(email ? a.trim().toLowerCase(Locale.ROOT) : a,
                        ChannelStatus.none(channel))));
                return result;
            });
        });
    }

    @WithSession
    public Uni<Boolean> isOptedOut(UUID contactId, ChannelKind channel) {
        return channelStatus(contactId, channel).map(ChannelStatus::optedOut);
    }

    @WithSession
    public Uni<Optional<Instant>> lastInboundAt(UUID contactId, ChannelKind channel) {
        return channelStatus(contactId, channel).map(status -> Optional.ofNullable(status.lastInboundAt()));
    }

    /** Stored times keep microseconds, so what a response shows is what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Uni<ContactFields> normalised(ContactRequest request) {
        return tenants.current().map(tenant -> {
            List<FieldError> errors = new ArrayList<>();
            ContactFields fields = ContactFields.of(request, PhoneNumbers.regionOf(tenant.locale()), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return fields;
        });
    }

    private Uni<Void> requireUnique(ContactFields fields, UUID self) {
        Uni<Contact> samePhone = fields.phone() == null ? Uni.createFrom().nullItem() : contacts.findByPhone(fields.phone());
        return samePhone.chain(other -> {
            if (other != null && !other.id.equals(self)) {
                throw ProblemException.conflict(Text.of("crm.phoneTaken", Map.of("phone", fields.phone())));
            }
            return fields.email() == null ? Uni.createFrom().<Contact>nullItem() : contacts.findByEmail(fields.email());
        }).map(other -> {
            if (other != null && !other.id.equals(self)) {
                throw ProblemException.conflict(Text.of("crm.emailTaken", Map.of("email", fields.email())));
            }
            return null;
        });
    }

    private Contact newContact(ContactFields fields) {
        Contact contact = new Contact();
        contact.createdAt = now();
        fields.applyTo(contact, contact.createdAt);
        return contact;
    }

    private Uni<Contact> named(Contact contact, String name) {
        String given = ContactFields.nameOf(name);
        if (contact.name != null || given == null) {
            return Uni.createFrom().item(contact);
        }
        contact.name = given;
        contact.updatedAt = now();
        return contacts.flush(contact);
    }

    /** The contact's row for the channel, new (not yet stored) if it has none; 404 for an unknown contact. */
    private Uni<ContactChannel> channelRow(UUID contactId, ChannelKind channel) {
        return contacts.getById(contactId, CONTACT)
                .chain(contact -> channels.find(contactId, channel))
                .map(row -> {
                    if (row != null) {
                        return row;
                    }
                    ContactChannel fresh = new ContactChannel();
                    fresh.contactId = contactId;
                    fresh.channel = channel;
                    return fresh;
                });
    }

    private Uni<ContactChannel> save(ContactChannel row) {
        return row.id == null ? channels.add(row) : channels.flush(row);
    }

    private Uni<ContactView> view(Contact contact) {
        return channels.ofContacts(List.of(contact.id)).map(rows -> ContactView.of(contact, rows));
    }

    private Uni<List<ContactView>> views(List<Contact> page) {
        return channels.ofContacts(page.stream().map(c -> c.id).toList()).map(rows -> {
            Map<UUID, List<ContactChannel>> byContact = rows.stream()
                    .collect(Collectors.groupingBy(row -> row.contactId));
            return page.stream().map(c -> ContactView.of(c, byContact.getOrDefault(c.id, List.of()))).toList();
        });
    }

    private static ProblemException duplicate() {
        return ProblemException.conflict(Text.of("crm.anotherContactAlreadyHasPhone"));
    }

    /** A unique index refused the row: someone stored the same phone or email at the same moment. */
    private static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.JDBCException jdbc && "23505".equals(jdbc.getSQLState())
                    || t instanceof io.vertx.sqlclient.DatabaseException db && "23505".equals(db.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
