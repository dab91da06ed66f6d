package com.anchang.gateway.clock;

import com.anchang.support.clock.SimulatedClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

/** Wires the gateway's part of the simulated platform clock (ADR 11); see {@link ClockHandler} for the API. */
public final class PlatformClockRoutes {

    public static final String PATH = "/api/platform/clock";

    private PlatformClockRoutes() {
    }

    /**
     * @param clock the gateway's clock, which must be the simulated one
     * @param stateFile where the platform's time is kept for services started later (null: nowhere)
     * @param machine the machine's clock
     * @param services {@code anchang.services.*}: each service's key ({@code lead}) and base URL
     */
    public static RouterFunction<ServerResponse> routes(Clock clock, Path stateFile, Clock machine,
            Map<String, String> services, Duration maxStep, Duration settleTimeout, Duration settlePoll) {
        if (!(clock instanceof SimulatedClock simulated)) {
            throw new IllegalStateException("the platform clock API needs the simulated clock, the gateway's is " + clock);
        }
        Map<String, URI> byName = new LinkedHashMap<>();
        services.forEach((key, url) -> byName.put(key + "-service", URI.create(url)));
        ClockHandler handler = new ClockHandler(new PlatformClock(new GatewayClock(simulated, stateFile, machine), byName,
                new PlatformClock.Settings(maxStep, settleTimeout, settlePoll)));
        return RouterFunctions.route()
                .GET(PATH, handler::read)
                .POST(PATH, handler::move)
                .build();
    }

    /** The {@code Anchang-Clock} header on every answer of the gateway. */
    public static WebFilter header(Clock clock) {
        return new ClockHeaderWebFilter(clock);
    }
}
