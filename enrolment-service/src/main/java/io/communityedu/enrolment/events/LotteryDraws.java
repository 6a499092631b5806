package io.communityedu.enrolment.events;

/** Whether a session's lottery has begun: its draw is committed with the first application. */
public interface LotteryDraws {

    boolean begun(String sessionId);
}
