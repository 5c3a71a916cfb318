package vn.tre.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored regions. */
interface Regions extends JpaRepository<Region, String> {

	List<Region> findAllByOrderBySortOrder();
}
