package vn.tre.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored progress notes. */
interface ProgressEntries extends JpaRepository<ProgressEntry, Long> {

	List<ProgressEntry> findByAgreementIdOrderByOnDescIdDesc(long agreementId);
}
