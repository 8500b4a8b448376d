package nl.zgw.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Child processes: output to their log, health on /q/health, stopped on request. */
class ChildTest {

    @TempDir
    Path logs;

    @Test
    void startsReportsHealthyAndStops() throws Exception {
        int port = freePort();
        Child child = Child.start("fake", port, command(Integer.toString(port)), Map.of("FAKE", "1"),
                logs.resolve("fake.log"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(child::healthy);
        child.requestStop();
        assertTrue(child.awaitStop(Duration.ofSeconds(10)), "stopped by SIGTERM, not killed");
        assertFalse(child.alive());
        assertFalse(Child.healthy(port));
        assertTrue(Files.readString(logs.resolve("fake.log")).contains("fake service listening"));
    }

    @Test
    void aChildThatFailsLeavesItsReasonInTheLog() throws Exception {
        Child child = Child.start("broken", freePort(), command("fail"), Map.of(), logs.resolve("broken.log"));
        child.process().waitFor();
        assertEquals(3, child.exitCode());
        List<String> tail = child.tail(5);
        assertTrue(tail.stream().anyMatch(l -> l.contains("boom: the database is not there")), tail.toString());
    }

    private static List<String> command(String arg) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeService.class.getName(), arg);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
