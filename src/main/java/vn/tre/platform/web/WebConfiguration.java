package vn.tre.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Web conventions shared by every module: the acting user as a parameter, dd/MM/yyyy dates. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		var registrar = new DateTimeFormatterRegistrar();
		registrar.setDateFormatter(DateFormats.DATE);
		registrar.registerFormatters(registry);
	}
}
