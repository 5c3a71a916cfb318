package vn.tre.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;

/**
 * A year of delegations for the demo provinces, at the sizes the sources report (a province of a
 * 17-province cluster has some 45 outgoing and 40 incoming delegations a year), in every status, and the
 * province rules reported for Hà Nội as a starting point.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoDelegations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDelegations.class);

	private static final String[][] OUTGOING = {
			{ "KR", "Gyeonggi", "Xúc tiến đầu tư, làm việc với các tập đoàn điện tử" },
			{ "KR", "Gangwon", "Kỷ niệm quan hệ hữu nghị, trao đổi lao động thời vụ" },
			{ "JP", "Shizuoka", "Hợp tác nông nghiệp công nghệ cao và đào tạo điều dưỡng" },
			{ "JP", "Niigata", "Xúc tiến du lịch, trao đổi học sinh" },
			{ "LA", "Houaphanh", "Hội đàm hợp tác biên giới, thăm trường hữu nghị" },
			{ "LA", "Viêng Chăn", "Dự hội chợ thương mại Việt – Lào" },
			{ "KH", "Siem Reap", "Hợp tác du lịch di sản" },
			{ "TH", "Udon Thani", "Thăm cộng đồng người Việt, xúc tiến thương mại" },
			{ "CN", "Quảng Tây", "Hợp tác thương mại cửa khẩu và logistics" },
			{ "FR", "Val-de-Marne", "Hợp tác phi tập trung, y tế cộng đồng" },
			{ "US", "Oregon", "Hợp tác giáo dục đại học" },
			{ "AU", "Queensland", "Đào tạo nghề và thu hút đầu tư năng lượng tái tạo" },
			{ "DE", "Bavaria", "Đào tạo nghề kép" },
			{ "SG", "Singapore", "Xúc tiến đầu tư khu công nghiệp" } };

	private static final String[][] INCOMING = {
			{ "KR", "Đoàn tỉnh Gyeonggi", "Khảo sát môi trường đầu tư" },
			{ "JP", "Đoàn JICA", "Đánh giá dự án cấp nước nông thôn" },
			{ "LA", "Đoàn tỉnh Houaphanh", "Hội đàm thường niên về biên giới" },
			{ "FR", "Đoàn vùng Val-de-Marne", "Khảo sát dự án y tế cộng đồng" },
			{ "US", "Đoàn Đại học Oregon", "Trao đổi giảng viên, sinh viên" },
			{ "KR", "Đoàn KOICA", "Khởi động dự án đào tạo nghề" },
			{ "TH", "Đoàn tỉnh Udon Thani", "Giao lưu văn hóa, thể thao" },
			{ "CN", "Đoàn doanh nghiệp Quảng Tây", "Tìm hiểu cơ hội hợp tác logistics" },
			{ "AU", "Đoàn bang Queensland", "Hội thảo đào tạo nghề" },
			{ "SG", "Đoàn doanh nghiệp Singapore", "Khảo sát khu công nghiệp" } };

	private final DelegationManagement delegations;

	private final OrgUnitManagement units;

	private final AccountManagement accounts;

	private final LegalBases legalBases;

	private final DelegationPlans plans;

	private final java.util.Set<java.util.UUID> usedItems = new java.util.HashSet<>();

	DemoDelegations(DelegationManagement delegations, OrgUnitManagement units, AccountManagement accounts,
			LegalBases legalBases, DelegationPlans plans) {
		this.plans = plans;
		this.delegations = delegations;
		this.units = units;
		this.accounts = accounts;
		this.legalBases = legalBases;
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor admin = actor("admin");
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		if (!delegations.search(admin, new DelegationFilter(null, null, null, null, null, null, null, thanhHoa, null, false),
				org.springframework.data.domain.PageRequest.of(0, 1)).isEmpty()) {
			return;
		}
		Long framework = legalBases.findByNumber("67/2011/QĐ-TTg").map(basis -> basis.getId()).orElse(null);
		int created = 0;
		for (String[] province : new String[][] { { "38", "thanhhoa" }, { "48", "danang" } }) {
			long unit = units.findCurrentByCode(province[0], OrgUnitType.PROVINCE).orElseThrow().getId();
			rules(admin, unit, framework);
			created += year(unit, actor(province[1] + ".canbo"), actor(province[1] + ".lanhdao"), new Random(unit));
		}
		log.info("Demo data: {} delegations created", created);
	}

	private void rules(Actor admin, long unit, Long framework) {
		String note = "Theo quy định được báo chí đưa tin của TP Hà Nội; cập nhật theo quy chế của tỉnh.";
		RuleCheck.DEFAULT_LIMITS.forEach((kind, limit) -> delegations.setRule(admin, unit, kind, limit, framework, note, true));
		delegations.setRule(admin, unit, RuleKind.KEY_LEADERS_APART, null, framework, note, true);
		delegations.setRule(admin, unit, RuleKind.NO_BUSINESS_FUNDING, null, framework, note, true);
	}

	private int year(long unit, Actor officer, Actor leader, Random random) {
		LocalDate today = delegations.today();
		int year = today.getYear();
		int count = 0;
		for (int i = 0; i < 45; i++) {
			String[] where = OUTGOING[random.nextInt(OUTGOING.length)];
			count += one(unit, officer, leader, random, Direction.OUTGOING, where[0],
					"Đoàn công tác thăm " + where[1], where[2], year, i, today);
		}
		for (int i = 0; i < 40; i++) {
			String[] who = INCOMING[random.nextInt(INCOMING.length)];
			count += one(unit, officer, leader, random, Direction.INCOMING, who[0], who[1] + " đến làm việc", who[2], year, i,
					today);
		}
		return count;
	}

	private int one(long unit, Actor officer, Actor leader, Random random, Direction direction, String country,
			String title, String purpose, int year, int index, LocalDate today) {
		LocalDate from = LocalDate.of(year, 1, 6).plusDays(random.nextInt(350));
		int days = direction == Direction.OUTGOING ? 4 + random.nextInt(5) : 2 + random.nextInt(3);
		LocalDate to = from.plusDays(days - 1);
		List<Member> members = new ArrayList<>();
		int size = direction == Direction.OUTGOING ? 3 + random.nextInt(6) : 4 + random.nextInt(10);
		for (int m = 0; m < size; m++) {
			members.add(new Member(person(direction == Direction.OUTGOING ? unit * 1000 + index * 13 + m : -1 - index * 13 - m),
					m == 0 ? "Phó Giám đốc Sở" : "Chuyên viên",
					direction == Direction.OUTGOING ? "Sở Ngoại vụ" : null, false, direction == Direction.INCOMING));
		}
		HeadLevel level = direction == Direction.INCOMING ? HeadLevel.FOREIGN_SENIOR
				: index % 9 == 0 ? HeadLevel.PROVINCE_LEADER : HeadLevel.DEPARTMENT_LEADER;
		String head = level == HeadLevel.PROVINCE_LEADER ? LEADERS[index % LEADERS.length] : person(unit * 7919 + index * 31 + 500);
		java.util.UUID item = planItem(unit, year(from), direction, country, index);
		var details = new DelegationDetails(direction, title, purpose, head,
				level == HeadLevel.PROVINCE_LEADER ? "Phó Chủ tịch UBND tỉnh" : "Giám đốc Sở", level, members, Set.of(country),
				Set.of(), List.of(), from, to, direction == Direction.INCOMING ? FundingSource.PARTNER : FundingSource.STATE_BUDGET,
				BigDecimal.valueOf(direction == Direction.OUTGOING ? 150_000_000L + random.nextInt(300) * 1_000_000L : 0),
				item, item == null ? "Theo lời mời của đối tác" : null);
		Delegation d = delegations.create(officer, unit, details);
		if (index % 23 == 5) {
			return 1;
		}
		d = delegations.submit(officer, d.getId(), d.getVersion(), "Theo yêu cầu công việc");
		if (from.isAfter(today.plusDays(20)) && index % 3 == 0) {
			return 1;
		}
		if (index % 19 == 7) {
			delegations.reject(leader, d.getId(), d.getVersion(), "Chưa cần thiết trong năm nay");
			return 1;
		}
		d = delegations.approve(leader, d.getId(), d.getVersion(), (100 + index) + "/QĐ-UBND");
		if (index % 17 == 3) {
			delegations.cancel(officer, d.getId(), d.getVersion(), "Đối tác thay đổi kế hoạch");
			return 1;
		}
		if (!from.isBefore(today)) {
			return 1;
		}
		d = delegations.start(officer, d.getId(), d.getVersion());
		if (!to.isBefore(today)) {
			return 1;
		}
		d = delegations.complete(officer, d.getId(), d.getVersion());
		if (index % 11 == 4 || to.isAfter(today.minusDays(10))) {
			return 1;
		}
		d = delegations.fileReport(officer, d.getId(), d.getVersion(), new PostTripReport(
				"Làm việc với lãnh đạo chính quyền và doanh nghiệp sở tại.", index % 4 == 0 ? "Ký bản ghi nhớ hợp tác" : null,
				"Hai bên thống nhất trao đổi đoàn trong năm tới.", direction == Direction.OUTGOING ? "Hai doanh nghiệp quan tâm khu công nghiệp" : null,
				List.of(new FollowUpAction("Xây dựng kế hoạch triển khai", "Sở Ngoại vụ", to.plusMonths(2), false))));
		if (index % 2 == 0) {
			delegations.close(leader, d.getId(), d.getVersion());
		}
		return 1;
	}

	private static int year(LocalDate day) {
		return day.getYear();
	}

	/** Most demo delegations implement an unused item of the approved plan with the same direction and country. */
	private java.util.@org.jspecify.annotations.Nullable UUID planItem(long unit, int year, Direction direction, String country,
			int index) {
		if (index % 4 == 3) {
			return null;
		}
		return plans.approvedItems(unit, year).stream()
			.filter(item -> item.direction() == direction && item.countryCodes().contains(country))
			.map(PlanItemView::ref)
			.filter(usedItems::add)
			.findFirst()
			.orElse(null);
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}

	/** A plausible Vietnamese name for a seed; different seeds rarely give the same person. */
	private static String person(long seed) {
		long n = Math.abs(seed * 2654435761L);
		return SURNAMES[(int) (n % SURNAMES.length)] + " " + MIDDLE[(int) (n / 17 % MIDDLE.length)] + " "
				+ GIVEN[(int) (n / 163 % GIVEN.length)] + " " + GIVEN[(int) (n / 5273 % GIVEN.length)];
	}

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
			"Dương", "Lý", "Mai", "Hồ", "Phan", "Đinh" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Hữu", "Thanh" };

	private static final String[] GIVEN = { "An", "Bích", "Châu", "Dũng", "Hạnh", "Huy", "Hương", "Khoa", "Lan", "Minh",
			"Ngọc", "Phúc", "Quyên", "Sơn", "Thảo", "Thắng", "Uyên", "Vinh", "Xuân", "Yến", "Giang", "Hà", "Kiên", "Long",
			"Nam", "Oanh", "Quang", "Tâm", "Trang", "Tuấn", "Việt", "Hải" };

	private static final String[] LEADERS = { "Trịnh Văn Hùng", "Lê Thị Mai", "Đầu Thanh Tùng" };
}
