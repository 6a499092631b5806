package io.communityedu.programmes.teachers;

import io.communityedu.programmes.config.ProgrammesConfig;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** What the teachers slice tells other services, through the outbox: never names, phones or minutes. */
@ApplicationScoped
public class TeacherEvents {

    private final Outbox outbox;
    private final ProgrammesConfig config;
    private final EntityManager em;

    public TeacherEvents(Outbox outbox, ProgrammesConfig config, EntityManager em) {
        this.outbox = outbox;
        this.config = config;
        this.em = em;
    }

    void teacherRegistered(Teacher teacher) {
        outbox.publish(config.topic(), teacher.id, TeacherSnapshot.REGISTERED, TeacherSnapshot.of(teacher));
    }

    void teacherChanged(Teacher teacher) {
        em.flush(); // the event carries the version this change gets on flush
        outbox.publish(config.topic(), teacher.id, TeacherSnapshot.CHANGED, TeacherSnapshot.of(teacher));
    }

    void sessionTeachersAssigned(ProgrammeSession session, Programme programme, List<String> teacherIds) {
        outbox.publish(config.topic(), programme.id, SessionTeachersAssigned.TYPE, new SessionTeachersAssigned(
                session.id, programme.id, programme.communityCode, programme.year, List.copyOf(teacherIds)));
    }

    void staffActivityRecorded(StaffActivity activity) {
        outbox.publish(config.topic(), activity.communityCode, StaffActivityRecorded.TYPE, StaffActivityRecorded.of(activity));
    }
}
