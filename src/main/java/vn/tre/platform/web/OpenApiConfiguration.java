package vn.tre.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of Tre's REST API: personal access tokens as bearer tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI treOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tre API").version("v1")
				.description("REST API of Tre, the platform of Vietnam's local foreign-affairs network. Every call acts "
						+ "with the rights of the user who owns the personal access token (Authorization: Bearer tre_…); "
						+ "lists contain only the records of the units that user may see."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal access token")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
