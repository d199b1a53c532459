package com.verticallight.analytics.model;

/** DRAFT → TRAINING → TRAINED → DEPLOYED → RETIRED; FAILED when a training failed and no version is usable. */
public enum ModelStatus {
    DRAFT, TRAINING, TRAINED, DEPLOYED, RETIRED, FAILED
}
