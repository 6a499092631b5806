package io.communityedu.programmes.teachers;

/** {@code TeacherRegistered} / {@code TeacherChanged}: key teacherId. By id, kind and community only. */
public record TeacherSnapshot(String teacherId, String communityCode, TeacherKind kind, String providerId, long version) {

    public static final String REGISTERED = "TeacherRegistered";
    public static final String CHANGED = "TeacherChanged";

    static TeacherSnapshot of(Teacher t) {
        return new TeacherSnapshot(t.id, t.communityCode, t.kind, t.providerId, t.version);
    }
}
