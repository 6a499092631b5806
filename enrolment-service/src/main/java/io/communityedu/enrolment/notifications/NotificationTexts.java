package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.domain.SessionReplica;

/**
 * Titles and bodies, in Chinese, from what the session replica knows. The resident is "您" in their own copy
 * and "您的被监护人" in their guardian's: never a name or a phone.
 */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String title(NotificationKind kind) {
        return switch (kind) {
            case ENROLMENT_CONFIRMED -> "报名成功";
            case WAITLISTED -> "已进入候补名单";
            case PROMOTED -> "候补转为正式报名";
            case CANCELLED -> "报名已取消";
            case COMPLETED -> "课程已结业";
            case SESSION_CHANGED -> "课程安排有变更";
        };
    }

    /** {@code detail}: the waitlist position for WAITLISTED, the certificate number (or null) for COMPLETED. */
    static String body(NotificationKind kind, boolean forGuardian, SessionReplica session, Object detail) {
        String who = forGuardian ? "您的被监护人" : "您";
        String course = course(session);
        return switch (kind) {
            case ENROLMENT_CONFIRMED -> who + "已成功报名" + course + "，" + where(session) + "。";
            case WAITLISTED -> who + "报名的" + course + "名额已满，已进入候补名单，目前排第 " + detail + " 位。";
            case PROMOTED -> who + "已从候补转为正式报名" + course + "，" + where(session) + "。";
            case CANCELLED -> who + "报名的" + course + "已取消。";
            case COMPLETED -> who + "已完成" + course + (detail == null ? "。" : "，结业证书编号：" + detail + "。");
            case SESSION_CHANGED -> who + "报名的" + course + "安排有变更：" + session.startDate + " 至 "
                    + session.endDate + (session.venue == null ? "" : "，地点：" + session.venue)
                    + (session.programmeStatus == ProgrammeStatus.ARCHIVED ? "，项目已停办" : "") + "。";
        };
    }

    /** 《暑期读书征文》暑期第一期 */
    private static String course(SessionReplica session) {
        return (session.programmeTitle == null ? "" : "《" + session.programmeTitle + "》") + session.title;
    }

    /** 地点：清淮路社区活动室，2010-07-05 开始 */
    private static String where(SessionReplica session) {
        return (session.venue == null ? "" : "地点：" + session.venue + "，") + session.startDate + " 开始";
    }
}
