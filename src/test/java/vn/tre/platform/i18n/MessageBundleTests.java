package vn.tre.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in Vietnamese, English and French, and every message with arguments formats. */
class MessageBundleTests {

	static Stream<String> bundles() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
			.map(Resource::getFilename)
			.filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
			.map(name -> name.replace(".properties", ""));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void hasEveryKeyInThreeLanguages(String bundle) throws IOException {
		Properties vietnamese = load(bundle + ".properties");
		Properties english = load(bundle + "_en.properties");
		Properties french = load(bundle + "_fr.properties");
		assertThat(english.stringPropertyNames()).as(bundle + " English").isEqualTo(vietnamese.stringPropertyNames());
		assertThat(french.stringPropertyNames()).as(bundle + " French").isEqualTo(vietnamese.stringPropertyNames());
		for (Properties language : new Properties[] { vietnamese, english, french }) {
			language.forEach((key, value) -> assertThat(value.toString()).as(bundle + ": " + key).isNotBlank());
		}
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void escapesApostrophesInMessagesWithArguments(String bundle) throws IOException {
		for (String suffix : new String[] { "", "_en", "_fr" }) {
			load(bundle + suffix + ".properties").forEach((key, value) -> {
				String text = value.toString();
				if (text.matches("(?s).*\\{\\d.*")) {
					assertThat(text.replace("''", "")).as(bundle + suffix + ": " + key).doesNotContain("'");
				}
			});
		}
	}

	private static Properties load(String file) throws IOException {
		var properties = new Properties();
		var resource = new PathMatchingResourcePatternResolver().getResource("classpath:i18n/" + file);
		assertThat(resource.exists()).as(file).isTrue();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
