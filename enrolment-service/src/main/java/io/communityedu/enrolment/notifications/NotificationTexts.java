package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.domain.NotificationKind;
import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.domain.SessionReplica;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Titles and bodies, in Chinese, from what the session replica knows. The resident is "您" in their own copy
 * and "您的被监护人" in their guardian's: never a name or a phone.
 */
final class NotificationTexts {

    /** The CANCELLED detail of a declined offer. */
    static final String DECLINED = "DECLINED";

    /** Times are told as residents read clocks: China Standard Time. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private NotificationTexts() {
    }

    static String title(NotificationKind kind) {
        return switch (kind) {
            case APPLICATION_RECEIVED -> "报名申请已受理";
            case DRAW_WON -> "摇号中签";
            case DRAW_WAITLISTED -> "摇号未中签，已进入候补名单";
            case PLACE_OFFERED -> "候补名额待确认";
            case OFFER_EXPIRING -> "候补名额即将失效";
            case OFFER_EXPIRED -> "候补名额已失效";
            case ENROLMENT_CONFIRMED -> "报名成功";
            case WAITLISTED -> "已进入候补名单";
            case PROMOTED -> "候补转为正式报名";
            case CANCELLED -> "报名已取消";
            case COMPLETED -> "课程已结业";
            case SESSION_CHANGED -> "课程安排有变更";
        };
    }

    /**
     * {@code detail}: the waitlist position for WAITLISTED and DRAW_WAITLISTED, the certificate number (or null) for
     * COMPLETED, the offer's expiry for PLACE_OFFERED and OFFER_EXPIRING, the close of applications for
     * APPLICATION_RECEIVED, {@link #DECLINED} for a CANCELLED that was a declined offer.
     */
    static String body(NotificationKind kind, boolean forGuardian, SessionReplica session, Object detail) {
        String who = forGuardian ? "您的被监护人" : "您";
        String course = course(session);
        return switch (kind) {
            case APPLICATION_RECEIVED -> who + "报名" + course + "的申请已受理，报名截止"
                    + (detail == null ? "" : "（" + time(detail) + "）") + "后统一摇号，结果将另行通知。";
            case DRAW_WON -> who + "在" + course + "的摇号中中签，已成功报名，" + where(session) + "。";
            case DRAW_WAITLISTED -> who + "在" + course + "的摇号中未中签，已按摇号顺序进入候补名单，目前排第 "
                    + detail + " 位。";
            case PLACE_OFFERED -> course + "有名额空出，已为" + who + "保留，请在 " + time(detail)
                    + " 前确认接受，逾期名额将顺延给下一位。";
            case OFFER_EXPIRING -> "为" + who + "保留的" + course + "名额将于 " + time(detail)
                    + " 失效，如需参加请尽快确认。";
            case OFFER_EXPIRED -> "为" + who + "保留的" + course + "名额未在期限内确认，已失效并顺延给下一位。";
            case ENROLMENT_CONFIRMED -> who + "已成功报名" + course + "，" + where(session) + "。";
            case WAITLISTED -> who + "报名的" + course + "名额已满，已进入候补名单，目前排第 " + detail + " 位。";
            case PROMOTED -> who + "已从候补转为正式报名" + course + "，" + where(session) + "。";
            case CANCELLED -> DECLINED.equals(detail) ? who + "已放弃" + course + "的候补名额。"
                    : who + "报名的" + course + "已取消。";
            case COMPLETED -> who + "已完成" + course + (detail == null ? "。" : "，结业证书编号：" + detail + "。");
            case SESSION_CHANGED -> who + "报名的" + course + "安排有变更：" + session.startDate + " 至 "
                    + session.endDate + (session.venue == null ? "" : "，地点：" + session.venue)
                    + (session.programmeStatus == ProgrammeStatus.ARCHIVED ? "，项目已停办" : "") + "。";
        };
    }

    /** 2010-07-05 14:00 (Beijing time) */
    private static String time(Object instant) {
        return LOCAL_TIME.format((Instant) instant);
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
