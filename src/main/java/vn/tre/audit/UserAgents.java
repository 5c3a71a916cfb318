package vn.tre.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Names the browser and the system of a user agent header in a few words, for the security log. */
final class UserAgents {

	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("OPR/", "Opera"), Map.entry("CocCoc", "Cốc Cốc"), Map.entry("Firefox/", "Firefox"),
			Map.entry("Chrome/", "Chrome"), Map.entry("Safari/", "Safari"), Map.entry("curl/", "curl"),
			Map.entry("Java-http-client", "Java"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Windows", "Windows"),
			Map.entry("Android", "Android"), Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"),
			Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

	private UserAgents() {
	}

	static String summary(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "";
		}
		String browser = first(BROWSERS, userAgent);
		String system = first(SYSTEMS, userAgent);
		if (browser.isEmpty() && system.isEmpty()) {
			return userAgent.length() > 40 ? userAgent.substring(0, 40) + "…" : userAgent;
		}
		return browser.isEmpty() || system.isEmpty() ? browser + system : browser + " · " + system;
	}

	private static String first(List<Map.Entry<String, String>> names, String userAgent) {
		return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst().orElse("");
	}
}
