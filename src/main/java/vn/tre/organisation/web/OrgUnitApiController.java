package vn.tre.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.organisation.ClusterManagement;
import vn.tre.organisation.EmulationCluster;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitFilter;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;

/** The org-unit tree as JSON: lists, the tree, one unit, its successor and predecessors; clusters. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Org units", description = "The tree of the ministry, provinces, communes and people's organisations")
class OrgUnitApiController {

	private final OrgUnitManagement units;

	private final ClusterManagement clusters;

	private final Clock clock;

	OrgUnitApiController(OrgUnitManagement units, ClusterManagement clusters, Clock clock) {
		this.units = units;
		this.clusters = clusters;
		this.clock = clock;
	}

	/** One unit as the API shows it. */
	record UnitJson(long id, OrgUnitType type, String code, String nameVi, String nameEn, @Nullable Long parentId,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Long mergedIntoId, boolean centralCity) {

		static UnitJson of(OrgUnit unit) {
			return new UnitJson(unit.getId(), unit.getType(), unit.getCode(), unit.getNameVi(), unit.getNameEn(),
					unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), unit.getMergedIntoId(), unit.isCentralCity());
		}
	}

	/** A page of results. */
	record PageJson<T>(List<T> items, int page, int size, long total) {

		static <T> PageJson<T> of(Page<T> page) {
			return new PageJson<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
		}
	}

	/** A unit with the units under it. */
	record NodeJson(UnitJson unit, List<NodeJson> children) {
	}

	/** Which unit stands for a unit today, and which units stood for it on a day. */
	record SuccessionJson(UnitJson unit, UnitJson today, LocalDate on, List<UnitJson> stoodForOn) {
	}

	/** A cluster of a year. */
	record ClusterJson(long id, int year, String number, String nameVi, String nameEn, @Nullable Long headUnitId,
			List<Long> memberIds) {

		static ClusterJson of(EmulationCluster cluster) {
			return new ClusterJson(cluster.getId(), cluster.getYear(), cluster.getNumber(), cluster.getNameVi(),
					cluster.getNameEn(), cluster.getHeadUnitId(), cluster.getMemberIds().stream().sorted().toList());
		}
	}

	@GetMapping("/org-units")
	@Operation(summary = "Units the caller may see, filtered by text (with or without diacritics), type, parent and validity")
	PageJson<UnitJson> list(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable OrgUnitType type, @RequestParam(required = false) @Nullable Long parentId,
			@RequestParam(defaultValue = "false") boolean currentOnly, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var found = units.search(actor, new OrgUnitFilter(q, type, parentId, currentOnly),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500), Sort.by("type", "nameVi")));
		return PageJson.of(found.map(UnitJson::of));
	}

	@GetMapping("/org-units/tree")
	@Operation(summary = "The tree under the caller's top units (or under rootId), to the given depth")
	List<NodeJson> tree(Actor actor, @RequestParam(required = false) @Nullable Long rootId,
			@RequestParam(defaultValue = "2") int depth, @RequestParam(defaultValue = "false") boolean historical) {
		List<OrgUnit> roots = rootId == null ? units.roots(actor, historical) : List.of(units.get(actor, rootId));
		return roots.stream().map(root -> node(actor, root, Math.clamp(depth, 0, 3), historical)).toList();
	}

	@GetMapping("/org-units/{id}")
	@Operation(summary = "One unit")
	UnitJson one(Actor actor, @PathVariable long id) {
		return UnitJson.of(units.get(actor, id));
	}

	@GetMapping("/org-units/{id}/successors")
	@Operation(summary = "Which unit stands for this one today, and which units stood for it on a given day")
	SuccessionJson successors(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		OrgUnit unit = units.get(actor, id);
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		return new SuccessionJson(UnitJson.of(unit), UnitJson.of(units.successorToday(id)), day,
				units.stoodForOn(id, day).stream().map(UnitJson::of).toList());
	}

	@GetMapping("/clusters")
	@Operation(summary = "Emulation clusters of a year with their members and head")
	List<ClusterJson> clusters(Actor actor, @RequestParam int year) {
		return clusters.ofYear(year).stream().map(ClusterJson::of).toList();
	}

	private NodeJson node(Actor actor, OrgUnit unit, int depth, boolean historical) {
		LocalDate today = LocalDate.now(clock);
		List<NodeJson> children = depth == 0 ? List.of()
				: units.children(actor, unit.getId()).stream()
					.filter(child -> historical || child.validOn(today))
					.map(child -> node(actor, child, depth - 1, historical))
					.toList();
		return new NodeJson(UnitJson.of(unit), children);
	}
}
