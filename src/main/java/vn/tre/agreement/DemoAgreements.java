package vn.tre.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.account.AccountManagement;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;

/**
 * Agreements of Thanh Hóa and Đà Nẵng in every status, dated back from today: drafts, consultations (one
 * waiting for the ministry's opinion, one overdue), a decision, signings, agreements in force with roadmaps
 * (one milestone overdue), one expiring, one without a roadmap after 90 days (and one after 75), ended ones, one renewing
 * itself and one inherited from Quảng Nam; then the daily monitoring runs once. Partners the other modules'
 * tests look at (Gyeonggi for Thanh Hóa; Sakai, Niigata and Keimyung for Đà Nẵng) are left alone, and no
 * relation of a unit with a partner receives two signings: the partner timeline updates a relation from each
 * signing asynchronously, and two at once would collide.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	private final AgreementManagement agreements;

	private final AgreementMonitoring monitoring;

	private final RoadmapActivities activities;

	private final Milestones milestones;

	private final ProgressEntries progress;

	private final AgreementReviews reviews;

	private final PartnerDirectory partners;

	private final OrgUnitManagement units;

	private final AccountManagement accounts;

	private final Map<String, Actor> actors = new HashMap<>();

	private final Map<String, Long> partnerIds = new HashMap<>();

	private LocalDate today = LocalDate.MIN;

	DemoAgreements(AgreementManagement agreements, AgreementMonitoring monitoring, RoadmapActivities activities,
			Milestones milestones, ProgressEntries progress, AgreementReviews reviews, PartnerDirectory partners,
			OrgUnitManagement units, AccountManagement accounts) {
		this.agreements = agreements;
		this.monitoring = monitoring;
		this.activities = activities;
		this.milestones = milestones;
		this.progress = progress;
		this.reviews = reviews;
		this.partners = partners;
		this.units = units;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		var ofThanhHoa = new AgreementFilter(null, null, null, null, null, null, thanhHoa, null, null, null);
		if (!agreements.search(actor("admin"), ofThanhHoa, PageRequest.of(0, 1)).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		today = agreements.today();
		thanhHoa(actor("thanhhoa.canbo"));
		daNang(actor("danang.canbo"));
		int raised = monitoring.run();
		log.info("Demo data: 22 agreements created, {} warnings raised, in {} ms", raised,
				(System.nanoTime() - started) / 1_000_000);
	}

	private void thanhHoa(Actor officer) {
		draft(officer, "Shizuoka University", "Bản ghi nhớ hợp tác đào tạo điều dưỡng với Đại học Shizuoka",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.EDUCATION, CooperationField.HEALTH);
		draft(officer, "Friendship Association of Shizuoka",
				"Chương trình giao lưu nhân dân với Hội Hữu nghị Nhật – Việt tỉnh Shizuoka giai đoạn 2027–2028",
				AgreementKind.COOPERATION_PROGRAMME, CooperationField.PEOPLE_EXCHANGE, CooperationField.CULTURE);
		Agreement suwon = draft(officer, "Suwon City", "Bản ghi nhớ hợp tác thương mại, đầu tư với Thành phố Suwon",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.TRADE, CooperationField.INVESTMENT);
		ask(officer, suwon, days(-2), ministry(), ConsultedBody.outside("Bộ Công Thương"));

		Agreement culture = draft(officer, "Houaphanh", "Kế hoạch hợp tác văn hóa – du lịch giai đoạn 2027–2029 với tỉnh Hủa Phăn",
				AgreementKind.COOPERATION_PROGRAMME, CooperationField.CULTURE, CooperationField.TOURISM);
		ask(officer, culture, days(-30), ministry(), ConsultedBody.outside("Bộ Văn hóa, Thể thao và Du lịch"));
		answerMinistry(culture, OpinionAnswer.AGREE, null, days(-25));

		Agreement koica = draft(officer, "KOICA", "Thỏa thuận hợp tác đào tạo nghề với Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)",
				AgreementKind.COOPERATION_AGREEMENT, CooperationField.LABOUR, CooperationField.EDUCATION);
		decided(officer, koica, days(-40), days(-20));

		Agreement hightech = draft(officer, "Shizuoka Prefecture", "Bản ghi nhớ hợp tác nông nghiệp công nghệ cao với tỉnh Shizuoka",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.AGRICULTURE, CooperationField.SCIENCE_TECHNOLOGY);
		decided(officer, hightech, days(-45), days(-30));
		sign(officer, hightech, new SigningDates(days(-10), "Shizuoka", days(20), days(20).plusYears(5), false, false));

		Agreement twinning = signed(officer, "Houaphanh",
				"Thỏa thuận hợp tác hữu nghị giai đoạn 2026–2030 giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn",
				AgreementKind.COOPERATION_AGREEMENT, days(-300), days(-300).plusYears(5), false,
				CooperationField.ECONOMY, CooperationField.EDUCATION, CooperationField.CULTURE);
		report(officer, twinning, days(-290));
		RoadmapActivity visits = activity(twinning, 0, "Trao đổi đoàn các cấp", 40);
		milestone(visits, 0, "Đón đoàn lãnh đạo tỉnh Hủa Phăn thăm Thanh Hóa", days(-200), 50, days(-205));
		milestone(visits, 1, "Cử đoàn công tác của tỉnh sang tỉnh Hủa Phăn", days(-20), 50, null);
		RoadmapActivity students = activity(twinning, 1, "Hỗ trợ đào tạo lưu học sinh Lào", 60);
		milestone(students, 0, "Tiếp nhận 30 lưu học sinh năm học 2026–2027", days(-80), 60, days(-85));
		milestone(students, 1, "Tổng kết năm học, trao học bổng", days(200), 40, null);
		note(twinning, students, days(-85), "Đã tiếp nhận 30 lưu học sinh tại Trường Đại học Hồng Đức.");

		Agreement health = signed(officer, "Vientiane Capital", "Bản ghi nhớ hợp tác y tế với Thủ đô Viêng Chăn",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, days(45).minusYears(5), days(45), false, CooperationField.HEALTH);
		report(officer, health, days(45).minusYears(5).plusDays(10));
		RoadmapActivity clinics = activity(health, 0, "Khám chữa bệnh nhân đạo cho nhân dân tỉnh bạn", 100);
		milestone(clinics, 0, "Đợt khám chữa bệnh năm 2025", days(-330), 100, days(-335));
		reviews.save(new AgreementReview(health.getId(), today.getYear() - 1, Assessment.EFFECTIVE,
				"Đã tổ chức ba đợt khám chữa bệnh, tiếp nhận 12 bác sĩ sang đào tạo.", officer.username(), days(-300)));

		signed(officer, "Suwon City", "Thỏa thuận hợp tác phát triển du lịch với Thành phố Suwon",
				AgreementKind.COOPERATION_AGREEMENT, days(-90), null, false, CooperationField.TOURISM);

		Agreement trainees = signed(officer, "Shizuoka University", "Thỏa thuận hợp tác đào tạo tiếng Nhật với Đại học Shizuoka",
				AgreementKind.COOPERATION_AGREEMENT, LocalDate.of(2023, 3, 15), null, false, CooperationField.EDUCATION);
		report(officer, trainees, LocalDate.of(2023, 3, 25));
		agreements.terminate(officer, trainees.getId(), trainees.getVersion(), days(-60),
				"Được thay thế bằng bản ghi nhớ hợp tác đào tạo điều dưỡng đang dự thảo.");

		Agreement schools = signed(officer, "Vientiane Capital", "Bản ghi nhớ hợp tác giáo dục với Thủ đô Viêng Chăn giai đoạn 2021–2026",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, days(-30).minusYears(5), days(-30), false, CooperationField.EDUCATION);
		report(officer, schools, days(-30).minusYears(5).plusDays(12));
		milestone(activity(schools, 0, "Trao đổi giáo viên", 100), 0, "Trao đổi 10 giáo viên tiếng Việt", days(-400), 100,
				days(-410));

		Agreement border = signed(officer, "Vientiane Capital", "Thỏa thuận hợp tác thương mại với Thủ đô Viêng Chăn",
				AgreementKind.COOPERATION_AGREEMENT, LocalDate.of(2024, 9, 10), null, false, CooperationField.TRADE);
		report(officer, border, LocalDate.of(2024, 9, 20));
		milestone(activity(border, 0, "Xúc tiến thương mại", 100), 0, "Hội chợ thương mại Việt – Lào tại Viêng Chăn", days(120), 100, null);
		agreements.suspend(officer, border.getId(), border.getVersion(), "Tạm dừng để rà soát danh mục hàng hóa ưu tiên.");
	}

	private void daNang(Actor officer) {
		draft(officer, "Daegu", "Bản ghi nhớ hợp tác phát triển đô thị thông minh với Thành phố Daegu",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.SCIENCE_TECHNOLOGY,
				CooperationField.INFORMATION_COMMUNICATION);
		Agreement unicef = draft(officer, "UNICEF", "Thỏa thuận hợp tác về bảo vệ trẻ em với Quỹ Nhi đồng Liên hợp quốc (UNICEF)",
				AgreementKind.COOPERATION_AGREEMENT, CooperationField.HEALTH, CooperationField.EDUCATION);
		ask(officer, unicef, days(-1), ministry());

		Agreement port = draft(officer, "Gyeonggi", "Bản ghi nhớ hợp tác quản lý cảng biển với tỉnh Gyeonggi",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.TRANSPORT, CooperationField.INVESTMENT);
		ask(officer, port, days(-20), ministry(), ConsultedBody.outside("Bộ Quốc phòng"));
		answerMinistry(port, OpinionAnswer.AGREE, null, days(-15));
		answerOutside(officer, port, OpinionAnswer.DISAGREE, "Nội dung về khu vực cảng cần điều chỉnh.", days(-14));
		agreements.requestPrimeMinister(officer, port.getId(), port.getVersion(), days(-5));

		Agreement resort = draft(officer, "Daegu", "Thỏa thuận hợp tác đầu tư khu nghỉ dưỡng ven biển với Thành phố Daegu",
				AgreementKind.COOPERATION_AGREEMENT, CooperationField.INVESTMENT, CooperationField.TOURISM);
		agreements.withdraw(officer, resort.getId(), resort.getVersion(), days(0), "Đối tác thay đổi ưu tiên hợp tác.");

		decided(officer, draft(officer, "JICA", "Bản ghi nhớ hợp tác đào tạo nguồn nhân lực với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, CooperationField.EDUCATION, CooperationField.LABOUR), days(-15), days(-3));

		Agreement sports = signed(officer, "Houaphanh", "Thỏa thuận hợp tác văn hóa – thể thao với tỉnh Hủa Phăn năm 2027",
				AgreementKind.COOPERATION_AGREEMENT, days(-5), LocalDate.of(today.getYear() + 1, 12, 31), false,
				CooperationField.CULTURE, CooperationField.SPORTS);
		report(officer, sports, days(-2));

		Agreement friendship = signed(officer, "Vientiane Capital",
				"Thỏa thuận hợp tác hữu nghị giữa thành phố Đà Nẵng và Thủ đô Viêng Chăn giai đoạn 2025–2029",
				AgreementKind.TWINNING_AGREEMENT, LocalDate.of(2025, 3, 20), LocalDate.of(2029, 12, 31), false,
				CooperationField.EDUCATION, CooperationField.TOURISM, CooperationField.PEOPLE_EXCHANGE);
		report(officer, friendship, LocalDate.of(2025, 3, 30));
		RoadmapActivity exchange = activity(friendship, 0, "Giao lưu thanh niên hai thành phố", 50);
		milestone(exchange, 0, "Trại hè thanh niên Việt – Lào 2025", LocalDate.of(2025, 7, 20), 50, LocalDate.of(2025, 7, 18));
		milestone(exchange, 1, "Trại hè thanh niên Việt – Lào 2026", LocalDate.of(2026, 7, 20), 50, LocalDate.of(2026, 7, 19));
		RoadmapActivity tourism = activity(friendship, 1, "Quảng bá du lịch chung", 50);
		milestone(tourism, 0, "Tour du lịch kết nối Đà Nẵng – Viêng Chăn", days(150), 100, null);
		note(friendship, tourism, days(-12), "Đã thống nhất lịch trình khảo sát tour với Sở Du lịch Viêng Chăn.");

		Agreement tourismMou = signed(officer, "Daegu", "Bản ghi nhớ hợp tác du lịch với Thành phố Daegu",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, days(-10).minusYears(2), days(-10), true, CooperationField.TOURISM);
		report(officer, tourismMou, days(-10).minusYears(2).plusDays(7));
		milestone(activity(tourismMou, 0, "Xúc tiến du lịch tại Daegu", 100), 0, "Ngày hội du lịch Đà Nẵng tại Daegu",
				days(-200), 100, days(-201));

		OrgUnit quangNam = units.predecessors(officer.unitId()).stream()
			.filter(unit -> unit.getCode().equals("49"))
			.findFirst()
			.orElseThrow();
		Agreement heritage = create(officer, "JICA", "Bản ghi nhớ hợp tác bảo tồn di sản đô thị cổ Hội An với JICA",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, quangNam.getId(), CooperationField.CULTURE, CooperationField.TOURISM);
		decided(officer, heritage, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 20));
		sign(officer, heritage, new SigningDates(LocalDate.of(2019, 11, 12), "Hội An", LocalDate.of(2019, 11, 12), null, true, false));
		report(officer, heritage, LocalDate.of(2019, 11, 22));
		milestone(activity(heritage, 0, "Tu bổ nhà cổ", 100), 0, "Hoàn thành tu bổ 5 nhà cổ", days(90), 100, null);

		Agreement laos = signed(officer, "Houaphanh", "Bản ghi nhớ hợp tác giáo dục với tỉnh Hủa Phăn",
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, days(-75), null, false, CooperationField.EDUCATION);
		report(officer, laos, days(-65));
	}

	private Agreement draft(Actor officer, String partner, String title, AgreementKind kind, CooperationField... fields) {
		return create(officer, partner, title, kind, null, fields);
	}

	private Agreement create(Actor officer, String partner, String title, AgreementKind kind, @Nullable Long inheritedFrom,
			CooperationField... fields) {
		long partnerId = partnerIds.computeIfAbsent(partner, name -> partners.search(actor("admin"),
				PartnerFilter.none().withQuery(name), PageRequest.of(0, 1)).getContent().getFirst().getId());
		var details = new AgreementDetails(title, null, kind, null, null, null, "Chủ tịch Ủy ban nhân dân",
				List.of(new ForeignParty(partnerId, null, null)), Set.copyOf(Arrays.asList(fields)),
				Set.of("vi", "en"), null, null, null, inheritedFrom);
		return agreements.create(officer, officer.unitId(), details);
	}

	/** Consulted on the day, every answer an agreement, decided on the later day. */
	private void decided(Actor officer, Agreement agreement, LocalDate asked, LocalDate decision) {
		ask(officer, agreement, asked, ministry());
		answerMinistry(agreement, OpinionAnswer.AGREE_WITH_COMMENTS, "Đề nghị bổ sung cơ chế theo dõi, đánh giá thực hiện.",
				asked.plusDays(5));
		agreements.decideToSign(officer, agreement.getId(), agreement.getVersion(), agreement.getId() + "/QĐ-UBND",
				decision, "Chủ tịch Ủy ban nhân dân");
	}

	/** Consulted, decided and signed on the day (in force from then), with an expiry date or indefinite. */
	private Agreement signed(Actor officer, String partner, String title, AgreementKind kind, LocalDate on,
			@Nullable LocalDate expiresOn, boolean renews, CooperationField... fields) {
		Agreement agreement = draft(officer, partner, title, kind, fields);
		decided(officer, agreement, on.minusDays(30), on.minusDays(10));
		return sign(officer, agreement, new SigningDates(on, null, on, expiresOn, expiresOn == null, renews));
	}

	private Agreement sign(Actor officer, Agreement agreement, SigningDates dates) {
		return agreements.sign(officer, agreement.getId(), agreement.getVersion(), dates);
	}

	private void report(Actor officer, Agreement agreement, LocalDate on) {
		agreements.fileReport(officer, agreement.getId(), agreement.getVersion(), on, on, agreement.getId() + "/BC-UBND");
	}

	private void ask(Actor officer, Agreement agreement, LocalDate on, ConsultedBody... bodies) {
		agreements.requestOpinions(officer, agreement.getId(), agreement.getVersion(), List.of(bodies), on);
	}

	private void answerMinistry(Agreement agreement, OpinionAnswer answer, @Nullable String text, LocalDate on) {
		Actor ministry = actor("bng.canbo");
		for (OpinionRequest request : agreements.opinions(ministry, agreement.getId())) {
			if (request.getConsultedUnitId() != null && !request.answered()) {
				agreements.answerOpinion(ministry, agreement.getId(), request.getId(), request.getVersion(), answer, text, on);
			}
		}
	}

	private void answerOutside(Actor officer, Agreement agreement, OpinionAnswer answer, String text, LocalDate on) {
		for (OpinionRequest request : agreements.opinions(officer, agreement.getId())) {
			if (request.getConsultedUnitId() == null && !request.answered()) {
				agreements.answerOpinion(officer, agreement.getId(), request.getId(), request.getVersion(), answer, text, on);
			}
		}
	}

	private RoadmapActivity activity(Agreement agreement, int position, String title, int weight) {
		return activities.save(new RoadmapActivity(agreement.getId(), position, title, agreement.getUnitId(), null, weight));
	}

	private void milestone(RoadmapActivity activity, int position, String title, LocalDate due, int weight,
			@Nullable LocalDate doneOn) {
		Milestone milestone = new Milestone(activity.getId(), activity.getAgreementId(), position, title,
				activity.getOwnerUnitId(), due, weight);
		if (doneOn != null) {
			milestone.setStatus(MilestoneStatus.DONE, doneOn);
		}
		milestones.save(milestone);
	}

	private void note(Agreement agreement, RoadmapActivity activity, LocalDate on, String text) {
		String by = actors.values().stream()
			.filter(actor -> actor.unitId() == agreement.getUnitId() && !actor.username().equals("admin"))
			.map(Actor::username)
			.findFirst()
			.orElse("admin");
		progress.save(new ProgressEntry(agreement.getId(), activity.getId(), null, on, text, by,
				on.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
	}

	private ConsultedBody ministry() {
		return ConsultedBody.unit(agreements.ministryUnit().orElseThrow().getId());
	}

	private LocalDate days(int offset) {
		return today.plusDays(offset);
	}

	private Actor actor(String username) {
		return actors.computeIfAbsent(username, name -> accounts.principal(name).orElseThrow().actor());
	}
}
