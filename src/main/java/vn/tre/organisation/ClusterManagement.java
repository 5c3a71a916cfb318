package vn.tre.organisation;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** Emulation clusters: membership by year, who heads them; maintained by ministry administrators. */
@Service
@Transactional(readOnly = true)
public class ClusterManagement {

	private final EmulationClusters clusters;

	private final AccessPolicy access;

	ClusterManagement(EmulationClusters clusters, AccessPolicy access) {
		this.clusters = clusters;
		this.access = access;
	}

	/** Years for which clusters are recorded, newest first. */
	public List<Integer> years() {
		return clusters.years();
	}

	public List<EmulationCluster> ofYear(int year) {
		return clusters.findByYearOrderByNumber(year);
	}

	public EmulationCluster get(long id) {
		return clusters.findById(id).orElseThrow(() -> new NotFound("cluster"));
	}

	/** The clusters a unit belonged to, newest year first. */
	public List<EmulationCluster> ofUnit(long unitId) {
		return clusters.withMember(unitId);
	}

	/** The clusters the unit heads in the given year: the units whose reports its cluster lead may read. */
	public List<EmulationCluster> ledBy(long unitId, int year) {
		return clusters.findByYearOrderByNumber(year).stream()
			.filter(cluster -> Long.valueOf(unitId).equals(cluster.getHeadUnitId()))
			.toList();
	}

	/** Records a cluster of a year; ministry administrators only. */
	@Transactional
	public EmulationCluster create(Actor actor, int year, String number, String nameVi, String nameEn,
			@Nullable Long headUnitId, Set<Long> memberIds, @Nullable String source) {
		access.checkAdministers(actor);
		if (clusters.existsByYearAndNumber(year, number.strip())) {
			throw new IllegalArgumentException("cluster.duplicate");
		}
		var cluster = new EmulationCluster(year, number.strip(), nameVi.strip(), nameEn.strip());
		cluster.change(nameVi.strip(), nameEn.strip(), headUnitId, memberIds, source);
		return clusters.save(cluster);
	}

	/** Changes a cluster's names, head and members; ministry administrators only. */
	@Transactional
	public EmulationCluster update(Actor actor, long id, long version, String nameVi, String nameEn,
			@Nullable Long headUnitId, Set<Long> memberIds, @Nullable String source) {
		access.checkAdministers(actor);
		EmulationCluster cluster = get(id);
		if (cluster.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(EmulationCluster.class, id);
		}
		cluster.change(nameVi.strip(), nameEn.strip(), headUnitId, memberIds, source);
		return clusters.saveAndFlush(cluster);
	}
}
