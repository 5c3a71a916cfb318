package vn.tre.organisation;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo communes and people's organisations for the demo provinces (Thanh Hóa, Đà Nẵng). Real communes
 * come from the commune import; these only make a first run look like a working system.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("tre.demo.enabled")
class DemoUnits implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private final OrgUnits units;

	private final OrgUnitManagement management;

	DemoUnits(OrgUnits units, OrgUnitManagement management) {
		this.units = units;
		this.management = management;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (units.countByParentId(province("38").getId()) > 0) {
			return;
		}
		var thanhHoa = province("38");
		var daNang = province("48");
		var communes = List.of(
				commune("38-DEMO-01", "Phường Hạc Thành", "Hac Thanh Ward", thanhHoa),
				commune("38-DEMO-02", "Phường Sầm Sơn", "Sam Son Ward", thanhHoa),
				commune("38-DEMO-03", "Xã Na Mèo", "Na Meo Commune", thanhHoa),
				commune("38-DEMO-04", "Xã Sơn Thủy", "Son Thuy Commune", thanhHoa),
				commune("48-DEMO-01", "Phường Hải Châu", "Hai Chau Ward", daNang),
				commune("48-DEMO-02", "Phường Hội An", "Hoi An Ward", daNang),
				commune("48-DEMO-03", "Đặc khu Hoàng Sa", "Hoang Sa Special Zone", daNang),
				new OrgUnit(OrgUnitType.PEOPLES_ORGANISATION, "38-LHHN", "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa",
						"Thanh Hoa Union of Friendship Organisations", thanhHoa.getId(), REFORM));
		management.createAll(communes);
		log.info("Demo data: {} communes and people's organisations created", communes.size());
	}

	private OrgUnit province(String code) {
		return units.findByCodeOrderByValidFromDesc(code).stream()
			.filter(unit -> unit.getType() == OrgUnitType.PROVINCE && unit.validOn(REFORM))
			.findFirst()
			.orElseThrow();
	}

	private static OrgUnit commune(String code, String nameVi, String nameEn, OrgUnit province) {
		return new OrgUnit(OrgUnitType.COMMUNE, code, nameVi, nameEn, province.getId(), REFORM);
	}
}
