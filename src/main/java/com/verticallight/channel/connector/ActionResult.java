package com.verticallight.channel.connector;

/**
 * What a platform accepted: its id for the message or post (wamid, post id, Twilio SID, SendGrid message
 * id...), the platform's own status word if it gave one, and for reads the relevant body.
 */
public record ActionResult(String platformId, String platformStatus, String body) {
}
