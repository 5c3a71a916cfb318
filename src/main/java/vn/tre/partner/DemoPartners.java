package vn.tre.partner;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;

/**
 * Demo partners and relations for Thanh Hóa and Đà Nẵng, with a few activities of the kind later modules
 * publish, so that a first run shows a working directory. The relations and activities are illustrative.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoPartners implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	private final Partners partners;

	private final Relations relations;

	private final OrgUnitManagement units;

	private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

	private final ApplicationEventPublisher events;

	private final org.springframework.context.MessageSource messages;

	DemoPartners(Partners partners, Relations relations, OrgUnitManagement units, ApplicationEventPublisher events,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.partners = partners;
		this.relations = relations;
		this.units = units;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (partners.count() > 0) {
			return;
		}
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		long daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
		Partner gyeonggi = locality(LocalityLevel.PROVINCE, "경기도", "Gyeonggi Province", "Tỉnh Gyeonggi", "KR", null,
				"https://www.gg.go.kr", List.of("Gyeonggi-do", "Kinh Kỳ"), thanhHoa);
		locality(LocalityLevel.CITY, "수원시", "Suwon City", "Thành phố Suwon", "KR", gyeonggi.getId(),
				"https://www.suwon.go.kr", List.of("Thủy Nguyên"), thanhHoa);
		Partner daegu = locality(LocalityLevel.CITY, "대구광역시", "Daegu Metropolitan City", "Thành phố Daegu", "KR", null,
				"https://www.daegu.go.kr", List.of("Đại Khâu"), daNang);
		Partner shizuoka = locality(LocalityLevel.PREFECTURE, "静岡県", "Shizuoka Prefecture", "Tỉnh Shizuoka", "JP", null,
				"https://www.pref.shizuoka.jp", List.of("Tĩnh Cương"), thanhHoa);
		Partner niigata = locality(LocalityLevel.PREFECTURE, "新潟県", "Niigata Prefecture", "Tỉnh Niigata", "JP", null,
				"https://www.pref.niigata.lg.jp", List.of(), daNang);
		Partner sakai = locality(LocalityLevel.CITY, "堺市", "Sakai City", "Thành phố Sakai", "JP", null,
				"https://www.city.sakai.lg.jp", List.of(), daNang);
		Partner vientiane = locality(LocalityLevel.PROVINCE, "ນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital", "Thủ đô Viêng Chăn", "LA",
				null, null, List.of("Vientiane"), daNang);
		Partner houaphanh = locality(LocalityLevel.PROVINCE, "ແຂວງຫົວພັນ", "Houaphanh Province", "Tỉnh Hủa Phăn", "LA", null,
				null, List.of("Houaphan", "Hua Phan"), thanhHoa);
		Partner koica = body(PartnerKind.GOVERNMENT_BODY, "한국국제협력단", "Korea International Cooperation Agency",
				"Cơ quan Hợp tác Quốc tế Hàn Quốc", "KR", List.of("KOICA"), thanhHoa);
		Partner jica = body(PartnerKind.GOVERNMENT_BODY, "国際協力機構", "Japan International Cooperation Agency",
				"Cơ quan Hợp tác Quốc tế Nhật Bản", "JP", List.of("JICA"), daNang);
		Partner plan = body(PartnerKind.FOREIGN_NGO, null, "Plan International", "Tổ chức Plan International", "GB",
				List.of("Plan"), thanhHoa);
		body(PartnerKind.FOREIGN_NGO, null, "World Vision International", "Tổ chức Tầm nhìn Thế giới",
				"US", List.of("World Vision"), daNang);
		body(PartnerKind.FOREIGN_NGO, null, "Pacific Links Foundation", "Quỹ Pacific Links", "US",
				List.of(), thanhHoa);
		body(PartnerKind.INTERNATIONAL_ORGANISATION, null, "United Nations Children's Fund",
				"Quỹ Nhi đồng Liên hợp quốc", null, List.of("UNICEF"), daNang);
		body(PartnerKind.UNIVERSITY, "계명대학교", "Keimyung University", "Đại học Keimyung", "KR",
				List.of(), daNang);
		body(PartnerKind.UNIVERSITY, "静岡大学", "Shizuoka University", "Đại học Shizuoka", "JP",
				List.of(), thanhHoa);
		body(PartnerKind.ASSOCIATION, null, "Japan–Vietnam Friendship Association of Shizuoka",
				"Hội Hữu nghị Nhật – Việt tỉnh Shizuoka", "JP", List.of(), thanhHoa);

		relation(houaphanh, thanhHoa, RelationType.TWINNING, "1991-05-14", "Biên bản kết nghĩa ngày 14/5/1991", "2025-11-20");
		relation(gyeonggi, thanhHoa, RelationType.COOPERATION, "2015-09-22", "Thỏa thuận hợp tác 22/9/2015", "2025-10-08");
		relation(shizuoka, thanhHoa, RelationType.FRIENDSHIP, "2019-04-10", "Bản ghi nhớ hữu nghị 10/4/2019", null);
		relation(koica, thanhHoa, RelationType.COOPERATION, "2018-03-01", null, "2025-06-15");
		relation(vientiane, daNang, RelationType.TWINNING, "1999-12-02", "Biên bản kết nghĩa 02/12/1999", "2025-08-30");
		relation(daegu, daNang, RelationType.FRIENDSHIP, "2009-06-18", "Thỏa thuận hữu nghị 18/6/2009", "2025-05-12");
		relation(sakai, daNang, RelationType.COOPERATION, "2016-02-25", null, "2021-09-01");
		relation(niigata, daNang, RelationType.COOPERATION, "2020-11-05", "Bản ghi nhớ 05/11/2020", null);
		relation(jica, daNang, RelationType.COOPERATION, "2012-07-01", null, "2025-09-20");
		relation(gyeonggi, daNang, RelationType.FRIENDSHIP, "2022-10-12", "Bản ghi nhớ hữu nghị 12/10/2022", null);

		activity(gyeonggi, thanhHoa, "2025-10-08", ActivityKind.DELEGATION,
				"Đoàn lãnh đạo tỉnh Gyeonggi thăm và làm việc tại Thanh Hóa");
		activity(gyeonggi, thanhHoa, "2024-06-20", ActivityKind.AGREEMENT,
				"Ký kế hoạch hợp tác giai đoạn 2024–2026 về đào tạo nghề và nông nghiệp công nghệ cao");
		activity(gyeonggi, daNang, "2025-03-14", ActivityKind.EVENT, "Hội nghị xúc tiến đầu tư Gyeonggi – Đà Nẵng");
		activity(houaphanh, thanhHoa, "2025-11-20", ActivityKind.DELEGATION,
				"Đoàn đại biểu tỉnh Hủa Phăn dự kỷ niệm ngày kết nghĩa");
		activity(koica, thanhHoa, "2025-06-15", ActivityKind.NGO_PROJECT, "Khởi công dự án cấp nước sạch huyện Như Xuân (KOICA)");
		activity(plan, thanhHoa, "2025-04-02", ActivityKind.NGO_PROJECT, "Phê duyệt dự án bảo vệ trẻ em vùng cao");
		log.info("Demo data: {} partners and {} relations created", partners.count(), relations.count());
	}

	private Partner locality(LocalityLevel level, String original, String nameEn, String nameVi, String country,
			@Nullable Long parentId, @Nullable String website, List<String> aliases, long unitId) {
		return save(new PartnerDraft(PartnerKind.FOREIGN_LOCALITY, level, original, nameEn, nameVi, country, parentId, website,
				null, null, aliases, List.of("địa phương")), unitId);
	}

	private Partner body(PartnerKind kind, @Nullable String original, String nameEn, String nameVi, @Nullable String country,
			List<String> aliases, long unitId) {
		return save(new PartnerDraft(kind, null, original, nameEn, nameVi, country, null, null, null, null, aliases, List.of()),
				unitId);
	}

	private Partner save(PartnerDraft draft, long unitId) {
		return partners.save(new Partner(draft, unitId, "demo", java.time.Instant.parse("2025-07-01T02:00:00Z")));
	}

	private void relation(Partner partner, long unitId, RelationType type, String established, @Nullable String document,
			@Nullable String lastActivity) {
		var draft = new RelationDraft(type, LocalDate.parse(established), document, RelationStatus.ACTIVE,
				lastActivity == null ? null : LocalDate.parse(lastActivity), null);
		Relation saved = relations.save(new Relation(partner.getId(), unitId, draft, java.time.Instant.parse("2025-07-01T02:00:00Z")));
		events.publishEvent(new PartnerActivity(partner.getId(), unitId, saved.getEstablishedOn(), ActivityKind.RELATION,
				messages.getMessage("relation.activity.created", new Object[] {
						messages.getMessage("relation.type." + type, null, VIETNAMESE), units.nameOf(unitId, VIETNAMESE),
						partner.getNameVi() }, VIETNAMESE),
				"/relations/" + saved.getId()));
	}

	private void activity(Partner partner, long unitId, String day, ActivityKind kind, String title) {
		events.publishEvent(new PartnerActivity(partner.getId(), unitId, LocalDate.parse(day), kind, title, null));
	}
}
