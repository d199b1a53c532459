package com.verticallight.platform;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Vertical Light OS API", version = "1",
                description = "Automation for local businesses. Errors are RFC 9457 problem+json. Authenticate with "
                        + "a bearer token from /api/v1/auth/login or an API key (X-API-Key or Bearer vlk_...)."),
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "JWT or API key"),
                @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY,
                        apiKeyName = "X-API-Key", in = SecuritySchemeIn.HEADER) }))
public class ApiDefinition extends Application {
}
