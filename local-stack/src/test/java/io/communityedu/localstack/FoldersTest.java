package io.communityedu.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldersTest {

    @TempDir
    Path temp;

    @Test
    void aCopyHasEveryFileAndKeepsLinksAsLinks() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.writeString(shared.resolve("binary"), "mariadbd");
        Path from = Files.createDirectories(temp.resolve("from/data/mysql"));
        Files.writeString(from.resolve("db.opt"), "默认字符集 utf8mb4");
        Files.createSymbolicLink(temp.resolve("from/base"), shared);

        Folders.copy(temp.resolve("from"), temp.resolve("to"));

        assertEquals("默认字符集 utf8mb4", Files.readString(temp.resolve("to/data/mysql/db.opt")));
        assertTrue(Files.isSymbolicLink(temp.resolve("to/base")));
        assertEquals(shared, Files.readSymbolicLink(temp.resolve("to/base")));
    }

    @Test
    void deletingATreeDeletesItsLinksButNotWhatTheyPointAt() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("cache/base"));
        Files.writeString(shared.resolve("binary"), "mariadbd");
        Path tree = Files.createDirectories(temp.resolve("run/stack/mariadb"));
        Files.createSymbolicLink(tree.resolve("base"), shared);
        Files.writeString(tree.resolve("mariadbd.pid"), "42");

        Folders.delete(temp.resolve("run"));
        Folders.delete(temp.resolve("run")); // gone already: nothing to do

        assertFalse(Files.exists(temp.resolve("run")));
        assertEquals("mariadbd", Files.readString(shared.resolve("binary")));
    }
}
