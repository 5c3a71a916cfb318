package vn.tre.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored emulation clusters. */
interface EmulationClusters extends JpaRepository<EmulationCluster, Long> {

	List<EmulationCluster> findByYearOrderByNumber(int year);

	@Query("select distinct c.year from EmulationCluster c order by c.year desc")
	List<Integer> years();

	@Query("select c from EmulationCluster c where :unitId member of c.memberIds order by c.year desc")
	List<EmulationCluster> withMember(@Param("unitId") long unitId);

	boolean existsByYearAndNumber(int year, String number);
}
