package io.communityedu.enrolment.draws;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A lottery session's draw: the commitment from the first application on, the seed and the order "
        + "once drawn, so anyone can recompute the order.")
public record DrawResponse(
        String sessionId,
        @Schema(description = "Lowercase hex SHA-256 of the seed's 32 bytes") String seedCommitment,
        @Schema(description = "The seed as lowercase hex; null until drawn") String seed,
        @Schema(description = "When the draw ran; null until drawn") Instant drawnAt,
        @Schema(description = "The applications in draw order; empty until drawn") List<DrawnEnrolment> order) {

    static DrawResponse of(DrawView draw) {
        return new DrawResponse(draw.sessionId(), draw.seedCommitment(), draw.seed(), draw.drawnAt(),
                draw.order().stream().map(DrawnEnrolment::of).toList());
    }
}
