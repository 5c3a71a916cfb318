package vn.tre.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored exceptional days of the working calendar. */
interface CalendarDays extends JpaRepository<CalendarDay, Long> {

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	Optional<CalendarDay> findByDay(LocalDate day);

	boolean existsByDayBetween(LocalDate from, LocalDate to);

	List<CalendarDay> findByLegalBasisIdOrderByDay(long legalBasisId);
}
