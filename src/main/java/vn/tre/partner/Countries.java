package vn.tre.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored countries and territories. */
interface Countries extends JpaRepository<Country, String> {

	List<Country> findAllByOrderByNameEn();
}
