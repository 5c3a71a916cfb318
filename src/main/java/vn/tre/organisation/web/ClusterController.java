package vn.tre.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.organisation.ClusterManagement;
import vn.tre.organisation.EmulationCluster;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** Emulation clusters by year and their members; the membership of clusters is public within Tre. */
@Controller
class ClusterController {

	private final ClusterManagement clusters;

	private final OrgUnitManagement units;

	private final Clock clock;

	ClusterController(ClusterManagement clusters, OrgUnitManagement units, Clock clock) {
		this.clusters = clusters;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/clusters")
	String list(Actor actor, @RequestParam(required = false) @Nullable Integer year, Model model) {
		List<Integer> years = clusters.years();
		int shown = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
		List<EmulationCluster> ofYear = clusters.ofYear(shown);
		model.addAttribute("activeNav", "clusters");
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("clusters", ofYear);
		model.addAttribute("units", units.byIds(ofYear.stream().flatMap(c -> c.getMemberIds().stream()).toList()));
		return "clusters/list";
	}

	@GetMapping("/clusters/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		EmulationCluster cluster = clusters.get(id);
		model.addAttribute("activeNav", "clusters");
		model.addAttribute("cluster", cluster);
		model.addAttribute("members", units.byIds(cluster.getMemberIds()).values().stream()
			.sorted(java.util.Comparator.comparing(vn.tre.organisation.OrgUnit::getNameVi,
					java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
			.toList());
		return "clusters/detail";
	}
}
