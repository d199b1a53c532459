package com.verticallight.job;

public enum JobStatus {
    PENDING, RUNNING, DONE, FAILED, CANCELLED
}
