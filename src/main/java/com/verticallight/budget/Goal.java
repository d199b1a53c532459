package com.verticallight.budget;

/** What the owner wants more of; every result is counted in the goal's own unit (a lead, a visit, a review). */
public enum Goal {
    LEADS, FOOTFALL, REVIEWS
}
