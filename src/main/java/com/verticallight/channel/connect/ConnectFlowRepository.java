package com.verticallight.channel.connect;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConnectFlowRepository extends TenantScopedRepository<ConnectFlow> {

    ConnectFlowRepository() {
        super(ConnectFlow.class);
    }
}
