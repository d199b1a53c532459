package com.verticallight.lead;

/** How soon a person should look at a lead; declared from most to least urgent. */
public enum LeadPriority {
    HIGH, MEDIUM, LOW
}
