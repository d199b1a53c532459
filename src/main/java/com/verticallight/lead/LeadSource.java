package com.verticallight.lead;

/** Where a lead came from. */
public enum LeadSource {
    API, FORM, WHATSAPP, SMS, FACEBOOK
}
