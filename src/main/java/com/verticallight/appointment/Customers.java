package com.verticallight.appointment;

import com.verticallight.i18n.Text;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The contact a reminder goes to: named by id, or found (or created) by phone. It must have a phone. */
@ApplicationScoped
public class Customers {

    @Inject
    ContactService contacts;

    /** Runs inside the caller's transaction. */
    public Uni<ContactView> resolve(UUID contactId, String phone, String name) {
        if (contactId == null && (phone == null || phone.isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("contactId", Text.of("appointment.giveContactIdPhoneName")));
        }
        Uni<ContactView> found = contactId != null ? contacts.get(contactId)
                : contacts.findOrCreateByPhone(phone.trim(), name == null || name.isBlank() ? null : name.trim());
        return found.invoke(contact -> {
            if (contact.phone() == null) {
                throw ProblemException.invalid("contactId", Text.of("appointment.contactHasNoPhoneNumber"));
            }
        });
    }

    /** How the customer is greeted: their name, or "there" when it is not known. */
    public static String greetingName(ContactView contact) {
        return contact.name() == null || contact.name().isBlank() ? "there" : contact.name().trim();
    }
}
