package vn.tre.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored tasks. */
interface Tasks extends JpaRepository<Task, Long> {

	String ADDRESSED_TO = "(t.userId = :userId or (t.userId is null and t.unitId = :unitId))";

	@Query("select t from Task t where " + ADDRESSED_TO + " and t.status = :status")
	Page<Task> addressedTo(@Param("userId") long userId, @Param("unitId") long unitId,
			@Param("status") TaskStatus status, Pageable page);

	@Query("select count(t) from Task t where " + ADDRESSED_TO + " and t.status = vn.tre.notification.TaskStatus.OPEN")
	long countOpen(@Param("userId") long userId, @Param("unitId") long unitId);

	Optional<Task> findBySourceAndStatus(String source, TaskStatus status);

	long countBySource(String source);

	/** Open tasks (not reminders) due between the two days that have never had a reminder. */
	@Query("""
			select t from Task t
			 where t.status = vn.tre.notification.TaskStatus.OPEN and t.kind = vn.tre.notification.TaskKind.TASK
			   and t.dueDate between :from and :to
			   and not exists (select r.id from Task r where r.source = concat('reminder:', t.id))
			 order by t.dueDate, t.id
			""")
	List<Task> dueWithoutReminder(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
