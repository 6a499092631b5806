package io.communityedu.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Enrolments by current status, over sessions of the community's programmes of the year.")
public record EnrolmentCounts(long confirmed, long waitlisted, long cancelled, long completed) {
}
