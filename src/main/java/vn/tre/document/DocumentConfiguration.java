package vn.tre.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits of attachments, bound from {@code tre.document.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfiguration {

	@Bean
	UploadPolicy uploadPolicy(DocumentProperties properties) {
		return new UploadPolicy(properties);
	}
}
