package vn.tre.platform.web;

import java.util.Locale;
import java.util.Map;

/**
 * Adds what the page layout shows (the user, their unit, task counts) to a model. Implemented by the web
 * shell; the platform calls it for error pages too, which no controller advice reaches.
 */
public interface LayoutModelContributor {

	void contribute(Map<String, Object> model, Locale locale);
}
