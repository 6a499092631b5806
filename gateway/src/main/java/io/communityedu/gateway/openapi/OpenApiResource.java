package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.common.annotation.Blocking;

/** {@code /q/openapi}: YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}, as Quarkus serves it. */
@Path("/q/openapi")
public class OpenApiResource {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final MergedOpenApi openApi;
    private final ObjectMapper json;

    OpenApiResource(MergedOpenApi openApi, ObjectMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GET
    @Blocking
    public Response get(@QueryParam("format") String format, @HeaderParam("Accept") String accept) throws JsonProcessingException {
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains(MediaType.APPLICATION_JSON));
        return asJson
                ? Response.ok(json.writeValueAsString(openApi.document()), MediaType.APPLICATION_JSON + ";charset=UTF-8").build()
                : Response.ok(YAML.writeValueAsString(openApi.document()), "application/yaml;charset=UTF-8").build();
    }
}
