package vn.tre.organisation;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ImportProblem;
import vn.tre.platform.web.SpreadsheetRows;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.TextFolding;

/**
 * Imports communes from a file in two steps: every row is checked first and a report says which rows are
 * refused and why; only when the administrator confirms are the accepted rows written, all in one
 * transaction. Nothing is written from a file whose rows were not confirmed.
 */
@Service
public class CommuneImport {

	private static final Logger log = LoggerFactory.getLogger(CommuneImport.class);

	private static final Duration KEEP_JOBS = Duration.ofHours(2);

	private static final int MAX_ROWS = 20_000;

	/** The columns of a commune file: code, name, province code, valid from (dd/MM/yyyy), English name (optional). */
	static final List<String> COLUMNS = List.of("code", "name", "province_code", "valid_from", "name_en");

	private final OrgUnits units;

	private final OrgUnitManagement management;

	private final AccessPolicy access;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<UUID, ImportJob<ImportRow>> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	CommuneImport(OrgUnits units, OrgUnitManagement management, AccessPolicy access, TransactionTemplate transactions,
			Clock clock) {
		this.units = units;
		this.management = management;
		this.access = access;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Starts checking a file; the job reports its progress and, once checked, its rows. */
	public ImportJob<ImportRow> check(Actor actor, String filename, byte[] content) {
		access.checkAdministers(actor);
		forgetOldJobs();
		var job = new ImportJob<ImportRow>(actor.userId(), filename, clock.instant());
		jobs.put(job.getId(), job);
		executor.submit(() -> runCheck(job, content));
		return job;
	}

	/** Checks a file and waits for the report; for the API and the tests. */
	public ImportJob<ImportRow> checkNow(Actor actor, String filename, byte[] content) {
		access.checkAdministers(actor);
		var job = new ImportJob<ImportRow>(actor.userId(), filename, clock.instant());
		jobs.put(job.getId(), job);
		runCheck(job, content);
		return job;
	}

	/** A job of the actor's. */
	public ImportJob<ImportRow> job(Actor actor, UUID id) {
		access.checkAdministers(actor);
		ImportJob<ImportRow> job = jobs.get(id);
		if (job == null || job.getOwnerId() != actor.userId()) {
			throw new NotFound("import job");
		}
		return job;
	}

	/** Writes the accepted rows of a checked job; the administrator has seen the refused ones. */
	public void confirm(Actor actor, UUID id) {
		ImportJob<ImportRow> job = job(actor, id);
		if (job.getState() != ImportJob.State.CHECKED || job.acceptedCount() == 0) {
			throw new Forbidden("import job not ready");
		}
		job.importing();
		executor.submit(() -> runImport(job));
	}

	/** Writes the accepted rows and waits; for the API and the tests. */
	public int confirmNow(Actor actor, UUID id) {
		ImportJob<ImportRow> job = job(actor, id);
		if (job.getState() != ImportJob.State.CHECKED) {
			throw new Forbidden("import job not ready");
		}
		job.importing();
		runImport(job);
		return job.getImported();
	}

	private void runCheck(ImportJob<ImportRow> job, byte[] content) {
		try {
			List<SpreadsheetRows.Line> lines = SpreadsheetRows.read(job.getFilename(), content, COLUMNS.size());
			if (lines.size() > MAX_ROWS) {
				job.failed("import.failure.tooManyRows");
				return;
			}
			job.total(lines.size());
			job.checked(checkRows(job, lines));
		}
		catch (IOException | RuntimeException e) {
			log.info("Commune file {} could not be read: {}", job.getFilename(), e.toString());
			job.failed("import.failure.unreadable");
		}
	}

	private List<ImportRow> checkRows(ImportJob<ImportRow> job, List<SpreadsheetRows.Line> lines) {
		Set<String> existingCodes = new HashSet<>(units.findCodesOfType(OrgUnitType.COMMUNE));
		Map<String, Integer> seenInFile = new HashMap<>();
		Map<String, Optional<OrgUnit>> provinces = new HashMap<>();
		List<ImportRow> rows = new ArrayList<>();
		for (SpreadsheetRows.Line line : lines) {
			String code = line.cell(0);
			String name = TextFolding.nfc(line.cell(1));
			String provinceCode = line.cell(2);
			String validFromText = line.cell(3);
			List<ImportProblem> problems = new ArrayList<>();
			if (code.isEmpty()) {
				problems.add(ImportProblem.of("import.problem.codeMissing"));
			}
			else if (code.length() > 30) {
				problems.add(ImportProblem.of("import.problem.codeTooLong"));
			}
			else if (seenInFile.containsKey(code)) {
				problems.add(ImportProblem.of("import.problem.codeRepeated", seenInFile.get(code)));
			}
			else if (existingCodes.contains(code)) {
				problems.add(ImportProblem.of("import.problem.codeExists", code));
			}
			if (!code.isEmpty()) {
				seenInFile.putIfAbsent(code, line.rowNumber());
			}
			if (name.isEmpty()) {
				problems.add(ImportProblem.of("import.problem.nameMissing"));
			}
			else if (name.length() > 255) {
				problems.add(ImportProblem.of("import.problem.nameTooLong"));
			}
			LocalDate validFrom = validFromText.isEmpty() ? null : SpreadsheetRows.parseDate(validFromText);
			if (validFromText.isEmpty()) {
				problems.add(ImportProblem.of("import.problem.validFromMissing"));
			}
			else if (validFrom == null) {
				problems.add(ImportProblem.of("import.problem.validFromInvalid", validFromText));
			}
			if (provinceCode.isEmpty()) {
				problems.add(ImportProblem.of("import.problem.provinceMissing"));
			}
			else {
				Optional<OrgUnit> province = provinces.computeIfAbsent(provinceCode + "@" + validFrom,
						key -> provinceOn(provinceCode, validFrom));
				if (province.isEmpty()) {
					problems.add(ImportProblem.of("import.problem.provinceUnknown", provinceCode));
				}
			}
			rows.add(new ImportRow(line.rowNumber(), code, name, provinceCode, validFromText, problems));
			job.progress();
		}
		return rows;
	}

	private Optional<OrgUnit> provinceOn(String code, @Nullable LocalDate day) {
		LocalDate on = day == null ? LocalDate.now(clock) : day;
		return units.findByCodeOrderByValidFromDesc(code).stream()
			.filter(unit -> unit.getType() == OrgUnitType.PROVINCE && unit.validOn(on))
			.findFirst();
	}

	private void runImport(ImportJob<ImportRow> job) {
		try {
			int count = transactions.execute(status -> {
				List<OrgUnit> communes = new ArrayList<>();
				for (ImportRow row : job.getRows()) {
					if (row.refused()) {
						continue;
					}
					LocalDate validFrom = SpreadsheetRows.parseDate(row.validFrom());
					OrgUnit province = provinceOn(row.provinceCode(), validFrom).orElseThrow();
					communes.add(new OrgUnit(OrgUnitType.COMMUNE, row.code(), row.name(), englishName(row.name()),
							province.getId(), validFrom));
					job.progress();
				}
				management.createAll(communes);
				return communes.size();
			});
			job.imported(count);
			log.info("Imported {} communes from {}", count, job.getFilename());
		}
		catch (RuntimeException e) {
			log.warn("Commune import of {} failed", job.getFilename(), e);
			job.failed("import.failure.write");
		}
	}

	/** "Phường Hạc Thành" becomes "Hac Thanh Ward", as the ministry writes commune names in English. */
	static String englishName(String vietnamese) {
		String plain = capitalise(TextFolding.fold(vietnamese));
		for (var prefix : List.of(Map.entry("Phuong ", " Ward"), Map.entry("Xa ", " Commune"),
				Map.entry("Dac Khu ", " Special Zone"), Map.entry("Thi Tran ", " Township"))) {
			if (plain.startsWith(prefix.getKey())) {
				return plain.substring(prefix.getKey().length()) + prefix.getValue();
			}
		}
		return plain;
	}

	private static String capitalise(String text) {
		var out = new StringBuilder(text.length());
		boolean start = true;
		for (char c : text.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = Character.isWhitespace(c) || c == '-';
		}
		return out.toString();
	}

	private void forgetOldJobs() {
		var limit = clock.instant().minus(KEEP_JOBS);
		jobs.values().removeIf(job -> !job.isRunning() && job.getCreatedAt().isBefore(limit));
	}
}
