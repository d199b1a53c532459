package com.verticallight.channel.connector;

import io.smallrye.mutiny.Uni;

/**
 * Checks a tenant-given URL again at send time, after resolving its host (the name may point elsewhere now
 * than when it was saved), before the request goes out. Redirects are not followed by the transport, so a
 * public URL cannot bounce the request to a private one.
 */
public class GuardedHttp implements PlatformHttp {

    private final PlatformHttp transport;
    private final AddressGuard guard;

    public GuardedHttp(PlatformHttp transport, AddressGuard guard) {
        this.transport = transport;
        this.guard = guard;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        if (!request.tenantUrl()) {
            return transport.send(request);
        }
        return guard.refusal(request.url()).chain(refusal -> refusal.isEmpty() ? transport.send(request)
                : Uni.createFrom().failure(new PlatformFailure(PlatformFailure.Kind.PERMANENT, "address_not_allowed",
                        "The URL " + refusal.get() + "; nothing was sent", null)));
    }
}
