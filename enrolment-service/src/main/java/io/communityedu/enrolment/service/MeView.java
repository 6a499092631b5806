package io.communityedu.enrolment.service;

import java.util.List;

/** The signed-in resident's own record, with the minors they are guardian of. */
public record MeView(ResidentView self, List<ResidentView> wards) {
}
