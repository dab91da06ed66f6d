package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's own input (issue: proof of reliability): each problem one line naming it, nothing started. */
class LaunchChecksTest {

    @TempDir
    Path home;

    PlatformConfig withOffset(int offset) {
        return new PlatformConfig(home, home.resolve("var"), offset, false, Path.of("java"));
    }

    @Test
    @DisplayName("a port offset that pushes a port past 65535 (or below 1) is refused, naming the port and the offsets allowed")
    void offsetOutOfRange() {
        assertThatThrownBy(() -> LaunchChecks.portsInRange(withOffset(60_000)))
                .isInstanceOf(LaunchChecks.Refused.class)
                .hasMessage("--port-offset 60000 puts lead-service on port 68081, outside 1-65535: the offset must be"
                        + " between -8079 and 38518");
        assertThatThrownBy(() -> LaunchChecks.portsInRange(withOffset(-9_000))).hasMessageContaining("lead-service on port -919");
        assertThatCode(() -> LaunchChecks.portsInRange(withOffset(38_518))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LaunchChecks.portsInRange(withOffset(38_519))).hasMessageContaining("mongo on port 65536");
    }

    @Test
    @DisplayName("a port another program listens on is refused, naming the port and what would have listened there")
    void busyPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int offset = taken.getLocalPort() - 8087; // dashboard-service's port
            assertThatThrownBy(() -> LaunchChecks.portsFree(withOffset(offset)))
                    .isInstanceOf(LaunchChecks.Refused.class)
                    .hasMessage("port " + taken.getLocalPort() + " (dashboard-service) is in use by another program: stop"
                            + " it, or start with another --port-offset");
        }
    }

    @Test
    @DisplayName("a second launcher on the same data folder is refused while the first runs, naming its pid; free again after")
    void secondRunOnTheSameDataFolder() throws Exception {
        Path var = home.resolve("var");
        FileLock first = LaunchChecks.takeDataFolder(var);

        assertThatThrownBy(() -> LaunchChecks.takeDataFolder(var))
                .isInstanceOf(LaunchChecks.Refused.class)
                .hasMessageStartingWith("another platform already runs on " + var + " (pid " + ProcessHandle.current().pid() + ")");

        first.release();
        first.channel().close();
        assertThatCode(() -> LaunchChecks.takeDataFolder(var).release()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a data folder that cannot be made (a file stands there) is refused in one line naming it")
    void dataFolderCannotBeMade() throws Exception {
        Path file = Files.writeString(home.resolve("var"), "not a folder");

        assertThatThrownBy(() -> LaunchChecks.takeDataFolder(file))
                .isInstanceOf(LaunchChecks.Refused.class)
                .hasMessageStartingWith("cannot make the data folder " + file + ":");
    }

    @Test
    @DisplayName("options: a port offset that is no number, an option without its value, an unknown option and a bad clock, each one line")
    void options() {
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--port-offset", "lots"}))
                .hasMessage("--port-offset takes a whole number (e.g. 10000), not 'lots'");
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--port-offset"})).hasMessage("--port-offset needs a value");
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--var", "--no-demo"})).hasMessage("--var needs a value");
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--turbo"})).hasMessageStartingWith("unknown option --turbo");
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--clock", "tomorrow"})).hasMessageContaining("not 'tomorrow'");
        assertThat(Main.Options.parse(new String[] {"--port-offset", "10000", "--no-demo"}).offset()).isEqualTo(10_000);
    }
}
