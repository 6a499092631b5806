package io.communityedu.enrolment;

import java.util.concurrent.ThreadLocalRandom;

/** Names and phones no other test uses, so that a search of the database for them finds only this test's. */
final class People {

    private static final String GIVEN = "明华伟芳娟敏静丽强磊洋艳勇军杰娜涛超秀霞平刚桂英晓春冬梅兰竹菊松柏";

    private People() {
    }

    /** The surname and two given characters, plus a rarer one from the CJK block, e.g. 张晓明䶮. */
    static String name(String surname) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return surname + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (char) random.nextInt(0x4E00, 0x9FA5);
    }

    /** A mainland mobile number, e.g. 13912345678. */
    static String phone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "13" + random.nextInt(5, 10) + String.format("%08d", random.nextInt(100_000_000));
    }
}
