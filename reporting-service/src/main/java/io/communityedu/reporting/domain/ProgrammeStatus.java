package io.communityedu.reporting.domain;

public enum ProgrammeStatus {
    ACTIVE, ARCHIVED
}
