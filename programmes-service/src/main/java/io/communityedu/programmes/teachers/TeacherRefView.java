package io.communityedu.programmes.teachers;

/** A teacher, by id and name: how sessions and staff activities name their teachers. */
public record TeacherRefView(String id, String name) {

    static TeacherRefView of(Teacher teacher) {
        return new TeacherRefView(teacher.id, teacher.name);
    }
}
