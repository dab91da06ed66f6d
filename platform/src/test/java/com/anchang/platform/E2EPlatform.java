package com.anchang.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded platform as an end-to-end test class runs it ({@code @RegisterExtension static final}):
 * started before the class's tests, every process on its default port plus the class's own offset (so
 * that tests and a running platform stay apart), data and logs in a fresh folder under {@code target},
 * the demo data loaded; a client of its gateway; stopped after the class.
 */
public final class E2EPlatform implements BeforeAllCallback, AfterAllCallback {

    private final int portOffset;
    private final String varPrefix;
    private final UnaryOperator<PlatformConfig> configured;
    private EmbeddedPlatform platform;
    private GatewayClient gateway;
    private String buildingId;

    E2EPlatform(int portOffset, String varPrefix) {
        this(portOffset, varPrefix, UnaryOperator.identity());
    }

    /** The platform with a change to its config: {@link PlatformConfig#withLinksThroughProxies}, a simulated clock. */
    public E2EPlatform(int portOffset, String varPrefix, UnaryOperator<PlatformConfig> configured) {
        this.portOffset = portOffset;
        this.varPrefix = varPrefix;
        this.configured = configured;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path var = Files.createTempDirectory(Path.of("target"), varPrefix).toAbsolutePath();
        PlatformConfig config = configured.apply(new PlatformConfig(home, var, portOffset, true,
                Path.of(ProcessHandle.current().info().command().orElse("java"))));
        platform = EmbeddedPlatform.start(config, System.out);
        gateway = new GatewayClient(config.gatewayUrl());
        buildingId = new DemoData().loadOnce(config, platform.secrets()).getFirst();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (platform != null) {
            platform.close();
        }
    }

    public EmbeddedPlatform platform() {
        return platform;
    }

    GatewayClient gateway() {
        return gateway;
    }

    /** The first demo office's (滨江) building. */
    String buildingId() {
        return buildingId;
    }
}
