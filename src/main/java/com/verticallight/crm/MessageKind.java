package com.verticallight.crm;

/** The form of an outbound message: WhatsApp allows free-form TEXT and MEDIA only inside its 24-hour window. */
public enum MessageKind {
    TEXT, MEDIA, TEMPLATE
}
