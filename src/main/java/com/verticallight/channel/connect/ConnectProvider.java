package com.verticallight.channel.connect;

/** The platforms' own connect flows. */
public enum ConnectProvider {
    /** Facebook Login for Business: Pages and their Instagram professional accounts. */
    FACEBOOK,
    /** WhatsApp Embedded Signup through the JavaScript SDK. */
    WHATSAPP,
    /** Google OAuth for Business Profile locations. */
    GOOGLE
}
