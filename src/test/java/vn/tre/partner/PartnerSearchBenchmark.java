package vn.tre.partner;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.TreApplication;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.shared.Actor;

/**
 * Measures the partner search over 50,000 partners (and 20,000 relations) in the embedded PostgreSQL: the
 * façade's query and the whole htmx request of the live search (security, controller, Thymeleaf). Run with
 * {@code ./mvnw -Pperf test} (see docs/performance.md); not a test, so no threshold fails the build.
 */
public final class PartnerSearchBenchmark {

	private static final int PARTNERS = 50_000;

	private static final int RELATIONS = 20_000;

	private static final int WARM_UP = 300;

	private static final int RUNS = 100;

	private static final List<String> QUERIES = List.of("gyeonggi", "Gyeonggi-do", "kinh ki", "shizuoka", "university",
			"đại học", "nakamura", "tinh", "xo", "a");

	private static final String[] SYLLABLES = { "ka", "ki", "ku", "shi", "to", "na", "ha", "ma", "ya", "ra", "wa", "sa",
			"ta", "no", "mi", "ri", "yo", "gyeong", "seo", "bu", "jeon", "nam", "buk", "chung", "gang", "won", "vien", "van",
			"ban", "xay", "phon", "kham", "dong", "son", "tha", "ber", "lin", "ham", "burg", "ton", "mont", "lu", "an", "ge",
			"lo", "ri", "che", "ong", "sun", "pra", "dal", "vik", "ost", "mer", "cas", "tel", "ro", "ni", "el" };

	private static final String[][] KINDS = { { "FOREIGN_LOCALITY", "Province", "Tỉnh " }, { "FOREIGN_LOCALITY", "City", "Thành phố " },
			{ "FOREIGN_LOCALITY", "Prefecture", "Tỉnh " }, { "UNIVERSITY", "University", "Đại học " },
			{ "FOREIGN_NGO", "Foundation", "Quỹ " }, { "ASSOCIATION", "Friendship Association", "Hội hữu nghị " },
			{ "COMPANY", "Corporation", "Tập đoàn " }, { "GOVERNMENT_BODY", "Agency", "Cơ quan " } };

	private static final String[] COUNTRIES = { "KR", "JP", "LA", "KH", "CN", "US", "FR", "DE", "AU", "TH", "SG", "GB", "RU",
			"IN", "ID", "MY", "NZ", "IT", "CA", "NL" };

	private PartnerSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		SpringApplication application = new SpringApplicationBuilder(TreApplication.class).web(WebApplicationType.SERVLET).build();
		String[] settings = { "--tre.embedded-db.data-dir=temporary", "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--tre.demo.enabled=true", "--tre.mail.enabled=false" };
		try (ConfigurableApplicationContext context = application.run(settings)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			generate(jdbc);
			System.out.printf(Locale.ROOT, "Generated %,d partners and %,d relations in %.1f s%n",
					jdbc.queryForObject("select count(*) from partner.partner", Long.class),
					jdbc.queryForObject("select count(*) from partner.relation", Long.class), (System.nanoTime() - started) / 1e9);
			run(context);
			explain(jdbc);
		}
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		PartnerDirectory directory = context.getBean(PartnerDirectory.class);
		AccountManagement accounts = context.getBean(AccountManagement.class);
		AccountPrincipal ministry = accounts.principal("bng.canbo").orElseThrow();
		Actor province = accounts.principal("thanhhoa.canbo").orElseThrow().actor();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var page = PageRequest.of(0, 25, Sort.by("sortVi", "id"));
		for (int i = 0; i < WARM_UP; i++) {
			String q = QUERIES.get(i % QUERIES.size());
			directory.search(province, PartnerFilter.none().withQuery(q), page);
			mvc.perform(get("/partners").param("q", q).header("HX-Request", "true").with(user(ministry))).andReturn();
		}
		System.out.printf(Locale.ROOT, "%n%-14s %8s %8s %8s %8s | %8s %8s %8s%n", "query", "matches", "sql p50", "sql p95",
				"sql max", "http p50", "http p95", "http max");
		for (String q : QUERIES) {
			long matches = directory.search(province, PartnerFilter.none().withQuery(q), page).getTotalElements();
			double[] sql = time(() -> directory.search(province, PartnerFilter.none().withQuery(q), page));
			double[] http = time(() -> mvc.perform(get("/partners").param("q", q).header("HX-Request", "true").with(user(ministry)))
				.andReturn());
			System.out.printf(Locale.ROOT, "%-14s %8d %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f%n", q, matches, sql[0], sql[1], sql[2],
					http[0], http[1], http[2]);
		}
		double[] browse = time(() -> directory.search(province, PartnerFilter.none(), page));
		double[] filtered = time(() -> directory.search(province,
				new PartnerFilter("ka", PartnerKind.FOREIGN_LOCALITY, null, "NORTHEAST_ASIA", null, RelationStatus.ACTIVE), page));
		System.out.printf(Locale.ROOT, "%-14s %8s %8.2f %8.2f %8.2f%n", "(no text)", "", browse[0], browse[1], browse[2]);
		System.out.printf(Locale.ROOT, "%-14s %8s %8.2f %8.2f %8.2f%n", "(ka+filters)", "", filtered[0], filtered[1], filtered[2]);
	}

	/** p50, p95 and max in milliseconds. */
	private static double[] time(Callable<?> call) throws Exception {
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			call.call();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[RUNS / 2], ms[(int) (RUNS * 0.95) - 1], ms[RUNS - 1] };
	}

	private static void generate(JdbcTemplate jdbc) {
		var random = new Random(2026);
		Long owner = jdbc.queryForObject("select id from organisation.org_unit where code = '38' and type = 'PROVINCE' "
				+ "and valid_to is null order by valid_from desc limit 1", Long.class);
		List<Long> units = jdbc.queryForList("select id from organisation.org_unit where type = 'PROVINCE' and valid_to is null", Long.class);
		var rows = new ArrayList<Object[]>(PARTNERS);
		for (int i = 0; i < PARTNERS; i++) {
			String[] kind = KINDS[random.nextInt(KINDS.length)];
			String stem = capitalise(syllable(random) + syllable(random) + (random.nextBoolean() ? syllable(random) : ""));
			String nameEn = stem + " " + kind[1];
			String nameVi = kind[2] + stem;
			String alias = random.nextInt(4) == 0 ? capitalise(syllable(random)) + " " + capitalise(syllable(random)) : null;
			List<String> names = alias == null ? List.of(nameEn, nameVi) : List.of(nameEn, nameVi, alias);
			rows.add(new Object[] { kind[0], nameEn, nameVi, COUNTRIES[random.nextInt(COUNTRIES.length)], owner,
					PartnerNames.searchText(names), PartnerNames.sortKey(nameVi), PartnerNames.sortKey(nameEn) });
		}
		jdbc.batchUpdate("""
				insert into partner.partner (kind, name_en, name_vi, country_code, owner_unit_id, search_text, sort_vi, sort_en,
				                             created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, now(), 'benchmark')
				""", rows, 1000, (PreparedStatement ps, Object[] row) -> {
			for (int c = 0; c < row.length; c++) {
				ps.setObject(c + 1, row[c]);
			}
		});
		List<Long> ids = jdbc.queryForList("select id from partner.partner", Long.class);
		var relations = new ArrayList<Object[]>(RELATIONS);
		for (int i = 0; i < RELATIONS; i++) {
			var established = Instant.parse("2000-01-01T00:00:00Z").plusSeconds(random.nextLong(800_000_000L));
			var day = new java.sql.Date(Timestamp.from(established).getTime());
			relations.add(new Object[] { ids.get(random.nextInt(ids.size())), units.get(random.nextInt(units.size())),
					i % 3 == 0 ? "TWINNING" : "COOPERATION", day, i % 10 == 0 ? "ENDED" : "ACTIVE", day });
		}
		jdbc.batchUpdate("""
				insert into partner.relation (partner_id, unit_id, type, established_on, status, latest_activity_on, created_at)
				values (?, ?, ?, ?, ?, ?, now())
				""", relations, 1000, (PreparedStatement ps, Object[] row) -> {
			for (int c = 0; c < row.length; c++) {
				ps.setObject(c + 1, row[c]);
			}
		});
		jdbc.execute("analyze partner.partner");
		jdbc.execute("analyze partner.relation");
	}

	private static void explain(JdbcTemplate jdbc) {
		for (String key : List.of("gieonggi", "tinh", "a")) {
			System.out.printf("%nEXPLAIN ANALYZE for \"%s\" (page, then count):%n", key);
			String pattern = PartnerNames.searchPattern(key);
			jdbc.queryForList("explain analyze select p.id from partner.partner p where p.search_text like '" + pattern + "' "
					+ "order by case when p.search_text like '% " + key + " %' then 0 when p.search_text like '% " + key
					+ "%' then 1 else 2 end, p.sort_vi, p.id limit 25", String.class)
				.forEach(line -> System.out.println("  " + line));
			jdbc.queryForList("explain analyze select count(*) from partner.partner p where p.search_text like '" + pattern + "'",
					String.class).forEach(line -> System.out.println("  " + line));
		}
	}

	private static String syllable(Random random) {
		return SYLLABLES[random.nextInt(SYLLABLES.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
