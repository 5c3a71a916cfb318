package vn.tre.delegation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tre.account.AccountManagement;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;

/**
 * Demo delegation plans: the approved 2026 plans of Thanh Hóa (returned once, then approved) and Đà Nẵng
 * (amended in June), and Thanh Hóa's 2027 plan in draft. Created once, after the demo accounts.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** direction | head level | quarter | month (0: the whole quarter) | people | funding | million VND | countries | purpose */
	private static final String THANH_HOA_2026 = """
			O|PROVINCE_LEADER|2|5|8|STATE_BUDGET|850|JP|Xúc tiến đầu tư, thương mại tại Nhật Bản (Tokyo, Osaka)
			O|PROVINCE_LEADER|3|9|8|STATE_BUDGET|780|KR|Xúc tiến đầu tư vào Khu kinh tế Nghi Sơn tại Hàn Quốc
			O|PROVINCE_LEADER|1|3|10|STATE_BUDGET|320|LA|Thăm, làm việc với tỉnh Hủa Phăn nhân kỷ niệm quan hệ hữu nghị đặc biệt
			O|DEPARTMENT_LEADER|3|8|5|STATE_BUDGET|120|LA|Hợp tác giáo dục: tuyển sinh lưu học sinh Lào học tập tại Thanh Hóa
			O|DEPARTMENT_LEADER|2|0|6|MIXED|260|CN|Khảo sát thị trường nông sản, thủy sản tại Quảng Tây và Vân Nam
			O|DEPARTMENT_LEADER|4|10|6|STATE_BUDGET|210|TH|Xúc tiến du lịch biển Sầm Sơn, Hải Tiến tại Băng Cốc
			O|DEPARTMENT_LEADER|4|11|7|MIXED|190|KH|Tham dự Hội chợ thương mại quốc tế Phnôm Pênh
			O|DEPARTMENT_LEADER|2|6|8|STATE_BUDGET|560|SG|Học tập kinh nghiệm quản lý đô thị thông minh
			O|PROVINCE_LEADER|4|0|7|STATE_BUDGET|980|AU|Xúc tiến đầu tư lĩnh vực năng lượng tái tạo
			O|DEPARTMENT_LEADER|3|0|5|PARTNER|150|DE|Hợp tác đào tạo nghề điều dưỡng và đưa người lao động sang làm việc
			O|PROVINCE_LEADER|2|4|8|STATE_BUDGET|900|FR|Làm việc với cộng đồng người Việt và xúc tiến hợp tác văn hóa, du lịch
			O|PROVINCE_LEADER|3|7|9|STATE_BUDGET|1200|US|Xúc tiến thương mại và thu hút đầu tư tại bang California
			O|DEPARTMENT_LEADER|2|0|6|STATE_BUDGET|620|IL|Học tập mô hình nông nghiệp công nghệ cao
			O|PROVINCE_LEADER|4|12|9|STATE_BUDGET|280|LA,KH|Tham dự Hội nghị hợp tác các tỉnh biên giới Việt Nam – Lào – Campuchia
			O|DEPARTMENT_LEADER|2|5|6|STATE_BUDGET|90|LA|Khảo sát hợp tác thương mại qua cửa khẩu Na Mèo với tỉnh Hủa Phăn
			O|DEPARTMENT_LEADER|1|2|4|OTHER|180|JP|Tìm hiểu thị trường lao động kỹ năng đặc định
			O|DEPARTMENT_LEADER|3|0|5|STATE_BUDGET|520|CU|Hợp tác y tế và đào tạo bác sĩ chuyên khoa
			O|PEOPLES_ORGANISATION|2|0|6|MIXED|480|RU|Giao lưu nhân dân của Liên hiệp các tổ chức hữu nghị tỉnh
			O|DEPARTMENT_LEADER|4|0|5|STATE_BUDGET|350|IN|Xúc tiến hợp tác phát triển dược liệu
			O|COMMUNE_LEADER|3|8|6|MIXED|160|TH|Trao đổi kinh nghiệm phát triển du lịch cộng đồng
			I|FOREIGN_SENIOR|1|2|15|STATE_BUDGET|120|LA|Đón đoàn lãnh đạo tỉnh Hủa Phăn sang thăm, chúc Tết
			I|OTHER|2|0|6|PARTNER|25|JP|Đón đoàn Tổng Lãnh sự quán Nhật Bản tìm hiểu môi trường đầu tư
			I|OTHER|2|4|20|PARTNER|40|KR|Đón đoàn doanh nghiệp Hàn Quốc khảo sát Khu kinh tế Nghi Sơn
			I|FOREIGN_SENIOR|3|0|5|STATE_BUDGET|30|AU|Đón Đại sứ Australia thăm, làm việc với tỉnh
			I|FOREIGN_SENIOR|3|9|12|STATE_BUDGET|90|CN|Đón đoàn Khu tự trị dân tộc Choang Quảng Tây trao đổi hợp tác thương mại
			I|OTHER|4|10|8|MIXED|60|LA|Đón đoàn Đại học Quốc gia Lào ký kết hợp tác đào tạo
			I|OTHER|2|0|4|PARTNER|15|US|Đón đoàn tổ chức phi chính phủ khảo sát dự án nước sạch vùng cao
			I|OTHER|1|3|5|PARTNER|20|JP|Đón đoàn JICA khảo sát dự án hạ tầng ven biển
			I|FOREIGN_SENIOR|4|0|10|STATE_BUDGET|55|FR|Đón Đại sứ Pháp và đoàn doanh nghiệp Pháp
			I|FOREIGN_SENIOR|3|7|12|STATE_BUDGET|95|LA|Đón đoàn tỉnh Xiêng Khoảng học tập kinh nghiệm xây dựng nông thôn mới
			I|OTHER|2|6|8|PARTNER|30|TH|Đón đoàn nhà đầu tư Thái Lan lĩnh vực chế biến nông sản
			I|OTHER|3|0|5|PARTNER|15|KR|Đón đoàn KOICA đánh giá dự án bệnh viện đa khoa
			I|OTHER|1|0|20|MIXED|110|KH|Đón đoàn nghệ thuật tỉnh Xiêm Riệp giao lưu văn hóa dịp Lễ hội Lam Kinh
			I|OTHER|4|11|10|PARTNER|35|SG|Đón đoàn doanh nghiệp Singapore khảo sát khu công nghiệp
			I|OTHER|2|5|12|PARTNER|40|US|Đón đoàn tìm kiếm quân nhân Hoa Kỳ mất tích trong chiến tranh
			I|FOREIGN_SENIOR|3|0|6|STATE_BUDGET|35|IN|Đón Đại sứ Ấn Độ xúc tiến hợp tác dược liệu
			I|OTHER|3|8|30|STATE_BUDGET|150|LA|Đón đoàn thanh niên Lào giao lưu hữu nghị
			I|OTHER|4|12|15|MIXED|60|JP|Đón đoàn Hội Hữu nghị Nhật – Việt giao lưu văn hóa
			""";

	private static final String DA_NANG_2026 = """
			O|PROVINCE_LEADER|2|5|9|STATE_BUDGET|1350|US|Xúc tiến đầu tư ngành bán dẫn và công nghệ cao tại Thung lũng Silicon
			O|PROVINCE_LEADER|3|9|8|STATE_BUDGET|780|JP|Thăm thành phố Sakai nhân kỷ niệm quan hệ hợp tác hữu nghị
			O|DEPARTMENT_LEADER|1|3|7|MIXED|540|KR|Xúc tiến du lịch và đường bay thẳng tại Seoul và Busan
			O|PROVINCE_LEADER|4|10|10|STATE_BUDGET|300|LA|Làm việc với các tỉnh Sê Kông, Salavan và Chămpasắc
			O|DEPARTMENT_LEADER|2|0|6|STATE_BUDGET|230|TH|Xúc tiến thương mại và kết nối dịch vụ hậu cần
			O|DEPARTMENT_LEADER|3|8|6|MIXED|760|AU|Hợp tác giáo dục đại học và học bổng
			O|DEPARTMENT_LEADER|2|4|6|STATE_BUDGET|420|SG|Xúc tiến du lịch hội nghị, sự kiện (MICE)
			O|DEPARTMENT_LEADER|3|0|5|STATE_BUDGET|260|MY|Tham dự Hội nghị Mạng lưới thành phố thông minh ASEAN
			O|PROVINCE_LEADER|4|11|8|STATE_BUDGET|1100|FR,BE|Xúc tiến đầu tư tại Pháp và Bỉ
			O|DEPARTMENT_LEADER|2|0|6|STATE_BUDGET|600|IL|Học tập mô hình khởi nghiệp đổi mới sáng tạo
			O|DEPARTMENT_LEADER|1|0|6|MIXED|380|IN|Kết nối hàng không và du lịch với Ấn Độ
			O|PROVINCE_LEADER|3|7|8|STATE_BUDGET|520|CN|Hợp tác kinh tế số với thành phố Hàng Châu
			O|DEPARTMENT_LEADER|4|0|5|STATE_BUDGET|690|NL|Trao đổi kinh nghiệm quản lý cảng biển tại Rotterdam
			O|DEPARTMENT_LEADER|4|12|5|STATE_BUDGET|140|KH|Xúc tiến du lịch tại Xiêm Riệp và Phnôm Pênh
			O|DEPARTMENT_LEADER|2|6|5|PARTNER|200|DE|Hợp tác đào tạo nhân lực y tế
			O|PEOPLES_ORGANISATION|2|0|8|MIXED|450|JP|Giao lưu nhân dân của Liên hiệp các tổ chức hữu nghị thành phố
			O|DEPARTMENT_LEADER|3|0|5|STATE_BUDGET|850|CA|Hợp tác giáo dục nghề nghiệp
			O|COMMUNE_LEADER|3|9|6|MIXED|300|KR|Học tập mô hình đô thị xanh của phường
			O|PROVINCE_LEADER|1|2|7|STATE_BUDGET|900|AE|Xúc tiến đầu tư tài chính tại Dubai
			O|DEPARTMENT_LEADER|3|8|5|STATE_BUDGET|110|LA|Làm việc về tuyển sinh lưu học sinh Lào
			I|FOREIGN_SENIOR|1|0|5|STATE_BUDGET|25|US|Đón Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh
			I|FOREIGN_SENIOR|2|5|12|STATE_BUDGET|110|JP|Đón đoàn lãnh đạo thành phố Sakai
			I|FOREIGN_SENIOR|4|10|10|STATE_BUDGET|95|KR|Đón đoàn chính quyền thành phố Daegu
			I|FOREIGN_SENIOR|1|3|15|STATE_BUDGET|130|LA|Đón đoàn lãnh đạo tỉnh Sê Kông
			I|OTHER|3|0|10|PARTNER|30|US|Đón đoàn doanh nghiệp bán dẫn khảo sát Khu công nghệ cao
			I|FOREIGN_SENIOR|2|0|6|STATE_BUDGET|30|AU|Đón Đại sứ Australia thăm, làm việc
			I|OTHER|2|6|8|PARTNER|25|SG|Đón đoàn nhà đầu tư Singapore lĩnh vực trung tâm dữ liệu
			I|OTHER|3|7|25|MIXED|180|IN|Đón đoàn các hãng lữ hành Ấn Độ khảo sát sản phẩm du lịch
			I|FOREIGN_SENIOR|2|6|8|STATE_BUDGET|60|FR|Đón Đại sứ Pháp dự Lễ hội pháo hoa quốc tế
			I|FOREIGN_SENIOR|3|8|12|STATE_BUDGET|120|LA|Đón đoàn lãnh đạo tỉnh Chămpasắc
			I|OTHER|1|0|6|PARTNER|20|TH|Đón đoàn hãng hàng không Thái Lan kết nối đường bay
			I|OTHER|2|0|5|PARTNER|15|KR|Đón đoàn KOICA khảo sát dự án thoát nước
			I|OTHER|4|11|8|PARTNER|20|JP|Đón đoàn trường đại học Nhật Bản hợp tác đào tạo kỹ sư
			I|OTHER|2|4|20|MIXED|140|CN|Đón đoàn doanh nghiệp du lịch dự Hội chợ du lịch quốc tế
			I|FOREIGN_SENIOR|3|0|10|STATE_BUDGET|85|KH|Đón đoàn tỉnh Xiêm Riệp học tập kinh nghiệm quản lý đô thị
			I|FOREIGN_SENIOR|4|0|8|STATE_BUDGET|70|DE|Đón đoàn Nghị viện bang Bayern
			I|OTHER|3|9|30|MIXED|200|JP|Đón đoàn Hội Hữu nghị Nhật – Việt dự Lễ hội văn hóa Việt – Nhật
			I|OTHER|4|12|12|PARTNER|25|MY|Đón đoàn Hiệp hội doanh nghiệp Malaysia
			""";

	/** Added by Đà Nẵng's June amendment. */
	private static final String DA_NANG_2026_AMENDMENT = """
			O|PROVINCE_LEADER|4|11|8|STATE_BUDGET|950|KR|Dự Diễn đàn hợp tác địa phương Việt Nam – Hàn Quốc tại Gyeongju
			I|FOREIGN_SENIOR|4|12|10|STATE_BUDGET|90|NZ|Đón đoàn thành phố Wellington tìm hiểu hợp tác giáo dục
			""";

	private static final String THANH_HOA_2027 = """
			O|PROVINCE_LEADER|2|5|8|STATE_BUDGET|880|JP|Xúc tiến đầu tư vào Khu kinh tế Nghi Sơn tại Nhật Bản
			O|PROVINCE_LEADER|1|3|10|STATE_BUDGET|340|LA|Thăm tỉnh Hủa Phăn, dự lễ kỷ niệm ngày thành lập tỉnh kết nghĩa
			O|DEPARTMENT_LEADER|3|0|6|STATE_BUDGET|590|KR|Hợp tác đào tạo nguồn nhân lực công nghiệp chế biến
			I|FOREIGN_SENIOR|1|2|15|STATE_BUDGET|125|LA|Đón đoàn lãnh đạo tỉnh Hủa Phăn sang thăm, chúc Tết
			I|OTHER|2|0|20|PARTNER|40|KR|Đón đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư
			I|FOREIGN_SENIOR|4|0|8|STATE_BUDGET|50|FR|Đón đoàn vùng Nouvelle-Aquitaine trao đổi hợp tác du lịch
			""";

	private final Plans plans;

	private final AccountManagement accounts;

	private final OrgUnitManagement units;

	private final TransactionTemplate transactions;

	DemoPlans(Plans plans, AccountManagement accounts, OrgUnitManagement units, TransactionTemplate transactions) {
		this.plans = plans;
		this.accounts = accounts;
		this.units = units;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			thanhHoa2026();
			daNang2026();
			thanhHoa2027();
		});
	}

	private void thanhHoa2026() {
		long unit = unit("38");
		if (plans.existsByUnitIdAndYear(unit, 2026)) {
			return;
		}
		Actor officer = actor("thanhhoa.canbo");
		Actor leader = actor("thanhhoa.lanhdao");
		var plan = new DelegationPlan(unit, 2026, officer, at(2025, 11, 10, 8));
		add(plan, THANH_HOA_2026, officer, at(2025, 11, 20, 15));
		plan.submit(officer, at(2025, 12, 2, 9));
		plan.returnForChanges(leader, at(2025, 12, 8, 16),
				"Đề nghị rà soát lại kinh phí hai đoàn đi Hoa Kỳ và Australia, bảo đảm không quá 10 người mỗi đoàn.");
		plan.submit(officer, at(2025, 12, 12, 10));
		plan.approve(leader, at(2025, 12, 19, 14), "Đồng ý. Giao Sở Ngoại vụ hướng dẫn các đơn vị triển khai.");
		plans.save(plan);
		log.info("Demo delegation plan: Thanh Hóa 2026 ({} items)", plan.current().getItems().size());
	}

	private void daNang2026() {
		long unit = unit("48");
		if (plans.existsByUnitIdAndYear(unit, 2026)) {
			return;
		}
		Actor officer = actor("danang.canbo");
		Actor leader = actor("danang.lanhdao");
		var plan = new DelegationPlan(unit, 2026, officer, at(2025, 11, 12, 8));
		add(plan, DA_NANG_2026, officer, at(2025, 11, 25, 15));
		plan.submit(officer, at(2025, 12, 10, 9));
		plan.approve(leader, at(2025, 12, 22, 15), null);
		plan.amend(officer, at(2026, 6, 1, 8));
		add(plan, DA_NANG_2026_AMENDMENT, officer, at(2026, 6, 3, 10));
		plan.submit(officer, at(2026, 6, 8, 9));
		plan.approve(leader, at(2026, 6, 20, 11), "Đồng ý bổ sung hai đoàn.");
		plans.save(plan);
		log.info("Demo delegation plan: Đà Nẵng 2026 ({} items)", plan.current().getItems().size());
	}

	private void thanhHoa2027() {
		long unit = unit("38");
		if (plans.existsByUnitIdAndYear(unit, 2027)) {
			return;
		}
		Actor officer = actor("thanhhoa.canbo");
		var plan = new DelegationPlan(unit, 2027, officer, at(2026, 10, 20, 8));
		add(plan, THANH_HOA_2027, officer, at(2026, 10, 28, 16));
		plans.save(plan);
	}

	private static void add(DelegationPlan plan, String lines, Actor by, Instant at) {
		lines.lines().filter(line -> !line.isBlank()).map(DemoPlans::item).forEach(item -> plan.addItem(item, by, at));
	}

	static PlanItemDraft item(String line) {
		String[] f = line.strip().split("\\|");
		int month = Integer.parseInt(f[3]);
		return new PlanItemDraft(f[0].equals("O") ? Direction.OUTGOING : Direction.INCOMING, f[8],
				Arrays.asList(f[7].split(",")), List.of(), HeadLevel.valueOf(f[1]), Integer.parseInt(f[2]),
				month == 0 ? null : month, Integer.parseInt(f[4]), FundingSource.valueOf(f[5]),
				new BigDecimal(f[6]).multiply(BigDecimal.valueOf(1_000_000)));
	}

	private long unit(String code) {
		return units.findCurrentByCode(code, OrgUnitType.PROVINCE).orElseThrow().getId();
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(VIETNAM).toInstant();
	}
}
