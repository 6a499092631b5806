package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.ExportedConsentView;

import java.time.Instant;

/** A guardian's consent to registering a ward, with its time (part of {@link PersonalDataExport}). */
public record ExportedConsent(String residentId, Instant guardianConsentAt) {

    static ExportedConsent of(ExportedConsentView c) {
        return new ExportedConsent(c.residentId(), c.guardianConsentAt());
    }
}
