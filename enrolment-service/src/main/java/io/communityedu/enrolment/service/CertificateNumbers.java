package io.communityedu.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;

/** Certificate numbers such as {@code CE2010-K7QM2X9HT4RA}: 60 random bits, so they cannot be guessed. */
@ApplicationScoped
public class CertificateNumbers {

    // Crockford's base32: no I, L, O or U to misread.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    public String next(int year) {
        StringBuilder number = new StringBuilder("CE").append(year).append('-');
        for (int i = 0; i < LENGTH; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
