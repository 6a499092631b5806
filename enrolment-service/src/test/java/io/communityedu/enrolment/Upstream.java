package io.communityedu.enrolment;

import io.communityedu.localstack.EventPublisher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plays programmes-service on the real broker: publishes programme-events as docs/asyncapi.yaml documents them. */
final class Upstream implements AutoCloseable {

    private static final String TOPIC = "programme-events";

    private final EventPublisher publisher;

    Upstream(String bootstrapServers) {
        publisher = new EventPublisher(bootstrapServers);
    }

    String community(String name) {
        String code = "c-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("communityCode", code);
        data.put("name", name);
        data.put("district", "清河区");
        publish(code, "CommunityRegistered", data);
        return code;
    }

    /** Publishes the session as SessionScheduled (version 1) or SessionChanged (later versions). */
    void publish(Session session) {
        publish(session.programmeId, session.version == 1 ? "SessionScheduled" : "SessionChanged", session.data());
    }

    void programmeChanged(Session session) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programmeId", session.programmeId);
        data.put("communityCode", session.communityCode);
        data.put("year", session.year);
        data.put("title", "项目");
        data.put("strand", session.strand);
        data.put("featured", session.featured);
        data.put("status", session.programmeStatus);
        data.put("targetGroups", session.targetGroups);
        data.put("minAge", session.minAge);
        data.put("maxAge", session.maxAge);
        data.put("providerId", session.providerId);
        data.put("certificateName", session.certificateName);
        data.put("fee", session.fee);
        data.put("residentDiscountPercent", session.residentDiscountPercent);
        data.put("version", session.programmeVersion);
        publish(session.programmeId, "ProgrammeChanged", data);
    }

    /** Sends an envelope; returns it so a test can send the very same event again. */
    String publish(String key, String type, Map<String, Object> data) {
        return publisher.publish(TOPIC, key, type, data);
    }

    void send(String key, String json) {
        publisher.send(TOPIC, key, json);
    }

    @Override
    public void close() {
        publisher.close();
    }

    /** A session and its programme's facts, with defaults a test overrides. */
    static final class Session {
        final String sessionId = UUID.randomUUID().toString();
        final String programmeId;
        String communityCode;
        int year = 2010;
        String strand = "YOUTH_DEVELOPMENT";
        boolean featured = true;
        String programmeStatus = "ACTIVE";
        List<String> targetGroups = new ArrayList<>();
        Integer minAge;
        Integer maxAge;
        String certificateName;
        /** Both null, or both set by {@link #taughtBy}. */
        String providerId;
        Integer residentDiscountPercent;
        BigDecimal fee = new BigDecimal("0.00");
        String title = "第一期";
        String startDate = "2010-07-05";
        String endDate = "2010-08-20";
        int capacity = 30;
        int hours = 24;
        String enrolmentOpensAt;
        String enrolmentClosesAt;
        String allocation = "FIRST_COME";
        Integer offerHours;
        long version = 1;
        long programmeVersion = 1;

        Session(String communityCode) {
            this(communityCode, UUID.randomUUID().toString());
        }

        /** Another session of the same programme: its events share the key, so they come in order after earlier ones. */
        Session(String communityCode, String programmeId) {
            this.communityCode = communityCode;
            this.programmeId = programmeId;
        }

        /** The programme's provider, offering residents of the programme's community this discount. */
        Session taughtBy(String providerId, int residentDiscountPercent) {
            this.providerId = providerId;
            this.residentDiscountPercent = residentDiscountPercent;
            return this;
        }

        Map<String, Object> data() {
            Map<String, Object> data = new HashMap<>();
            data.put("sessionId", sessionId);
            data.put("programmeId", programmeId);
            data.put("communityCode", communityCode);
            data.put("year", year);
            data.put("strand", strand);
            data.put("featured", featured);
            data.put("programmeStatus", programmeStatus);
            data.put("targetGroups", targetGroups);
            data.put("minAge", minAge);
            data.put("maxAge", maxAge);
            data.put("certificateName", certificateName);
            data.put("programmeTitle", "社区读书会");
            data.put("title", title);
            data.put("venue", "社区活动室");
            data.put("startDate", startDate);
            data.put("endDate", endDate);
            data.put("capacity", capacity);
            data.put("hours", hours);
            data.put("enrolmentOpensAt", enrolmentOpensAt);
            data.put("enrolmentClosesAt", enrolmentClosesAt);
            data.put("allocation", allocation);
            data.put("offerHours", offerHours);
            data.put("fee", fee);
            data.put("residentDiscountPercent", residentDiscountPercent);
            data.put("version", version);
            return data;
        }
    }
}
