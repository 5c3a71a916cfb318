package vn.tre.partner;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * Imports partners from a spreadsheet the way communes are imported: every row is checked first (kind, country
 * code, English name, duplicates in the file and in the directory) and a report says which rows are refused and
 * why; only when the user confirms are the accepted rows written, all in one transaction, for the user's unit.
 */
@Service
public class PartnerImport {

	/** The columns of a partner file, in order. */
	static final List<String> COLUMNS = List.of("kind", "country_code", "name_en", "name_vi", "name_original", "aliases",
			"website", "tags");

	private static final Logger log = LoggerFactory.getLogger(PartnerImport.class);

	private static final Duration KEEP_JOBS = Duration.ofHours(2);

	private static final int MAX_ROWS = 5_000;

	private final PartnerDirectory directory;

	private final Countries countries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<UUID, ImportJob<PartnerImportRow>> jobs = new ConcurrentHashMap<>();

	PartnerImport(PartnerDirectory directory, Countries countries, TransactionTemplate transactions, Clock clock) {
		this.directory = directory;
		this.countries = countries;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Checks a file and keeps the report for the user; nothing is written. Writers only (403). */
	public ImportJob<PartnerImportRow> check(Actor actor, String filename, byte[] content) {
		if (!directory.canCreate(actor)) {
			throw new Forbidden("partner import");
		}
		forgetOldJobs();
		var job = new ImportJob<PartnerImportRow>(actor.userId(), filename, clock.instant());
		jobs.put(job.getId(), job);
		try {
			List<SpreadsheetRows.Line> lines = SpreadsheetRows.read(filename, content, COLUMNS.size());
			if (lines.size() > MAX_ROWS) {
				job.failed("partner.import.failure.tooManyRows");
			}
			else {
				job.checked(checkRows(lines));
			}
		}
		catch (IOException | RuntimeException e) {
			log.info("Partner file {} could not be read: {}", filename, e.toString());
			job.failed("import.failure.unreadable");
		}
		return job;
	}

	/** A job of the actor's; 404 for anyone else's. */
	public ImportJob<PartnerImportRow> job(Actor actor, UUID id) {
		ImportJob<PartnerImportRow> job = jobs.get(id);
		if (job == null || job.getOwnerId() != actor.userId()) {
			throw new NotFound("import job");
		}
		return job;
	}

	/** Writes the accepted rows of a checked job for the actor's unit, in one transaction; returns how many. */
	public int confirm(Actor actor, UUID id) {
		ImportJob<PartnerImportRow> job = job(actor, id);
		if (job.getState() != ImportJob.State.CHECKED || job.acceptedCount() == 0) {
			throw new Forbidden("import job not ready");
		}
		try {
			int count = transactions.execute(status -> {
				List<Partner> partners = job.getRows().stream()
					.filter(row -> !row.refused() && row.draft() != null)
					.map(row -> new Partner(row.draft(), actor.unitId(), actor.username(), clock.instant()))
					.toList();
				directory.createAll(partners);
				return partners.size();
			});
			job.imported(count);
			log.info("Imported {} partners from {}", count, job.getFilename());
			return count;
		}
		catch (RuntimeException e) {
			log.warn("Partner import of {} failed", job.getFilename(), e);
			job.failed("import.failure.write");
			return 0;
		}
	}

	private List<PartnerImportRow> checkRows(List<SpreadsheetRows.Line> lines) {
		Map<String, Integer> seenInFile = new HashMap<>();
		List<PartnerImportRow> rows = new ArrayList<>();
		for (SpreadsheetRows.Line line : lines) {
			List<ImportProblem> problems = new ArrayList<>();
			PartnerKind kind = kind(line.cell(0), problems);
			String country = line.cell(1).toUpperCase(Locale.ROOT);
			String nameEn = line.cell(2);
			if (country.isEmpty() ? kind == null || !kind.countryOptional() : !countries.existsById(country)) {
				problems.add(country.isEmpty() ? problem("partner.import.problem.countryMissing")
						: problem("partner.import.problem.countryUnknown", line.cell(1)));
			}
			if (nameEn.isEmpty()) {
				problems.add(problem("partner.import.problem.nameMissing"));
			}
			else if (nameEn.length() > 255 || line.cell(3).length() > 255 || line.cell(4).length() > 255) {
				problems.add(problem("partner.import.problem.nameTooLong"));
			}
			PartnerDraft draft = null;
			if (kind != null && !nameEn.isEmpty()) {
				draft = new PartnerDraft(kind, null, line.cell(4), nameEn, line.cell(3), country.isEmpty() ? null : country,
						null, line.cell(6), null, null, split(line.cell(5), "[;\\n]"), split(line.cell(7), "[,;]"));
				duplicates(line.rowNumber(), draft, seenInFile, problems);
			}
			rows.add(new PartnerImportRow(line.rowNumber(), line.cell(0), line.cell(1), nameEn, line.cell(3), problems,
					problems.isEmpty() ? draft : null));
		}
		return rows;
	}

	private void duplicates(int rowNumber, PartnerDraft draft, Map<String, Integer> seenInFile, List<ImportProblem> problems) {
		if (draft.countryCode() != null && !countries.existsById(draft.countryCode())) {
			return;
		}
		for (String key : PartnerNames.keys(draft.names())) {
			Integer earlier = seenInFile.putIfAbsent(draft.countryCode() + "|" + key, rowNumber);
			if (earlier != null && earlier != rowNumber) {
				problems.add(problem("partner.import.problem.repeated", earlier));
				return;
			}
		}
		List<Partner> existing = directory.duplicatesOf(draft.countryCode(), draft.names(), null);
		if (!existing.isEmpty()) {
			problems.add(problem("partner.import.problem.exists", existing.getFirst().getNameEn(), existing.getFirst().getId()));
		}
	}

	private static PartnerKind kind(String text, List<ImportProblem> problems) {
		if (text.isEmpty()) {
			problems.add(problem("partner.import.problem.kindMissing"));
			return null;
		}
		try {
			return PartnerKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			problems.add(problem("partner.import.problem.kindUnknown", text));
			return null;
		}
	}

	private static List<String> split(String text, String separators) {
		return Arrays.stream(text.split(separators)).map(String::strip).filter(part -> !part.isEmpty()).distinct().toList();
	}

	private static ImportProblem problem(String key, Object... args) {
		return ImportProblem.of(key, args);
	}

	private void forgetOldJobs() {
		var limit = clock.instant().minus(KEEP_JOBS);
		jobs.values().removeIf(job -> job.getCreatedAt().isBefore(limit));
	}
}
