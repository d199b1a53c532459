package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/** Records how long each call to a platform took (answered or failed) in that platform's timer. */
final class TimedHttp implements PlatformHttp {

    private final PlatformHttp transport;
    private final Timer timer;

    TimedHttp(PlatformHttp transport, Timer timer) {
        this.transport = transport;
        this.timer = timer;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return transport.send(request).onTermination()
                    .invoke(() -> timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS));
        });
    }
}
