package vn.tre.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class DelegationIndicatorsIntegrationTests {

	@Autowired
	DelegationIndicators indicators;

	@Autowired
	OrgUnitManagement units;

	@Test
	void countsTheDelegationsThatWentAheadForSomeUnitsOrForEveryUnit() {
		int year = LocalDate.now().getYear();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		long daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
		long one = indicators.count(Direction.OUTGOING, from, to, List.of(thanhHoa));
		long two = indicators.count(Direction.OUTGOING, from, to, List.of(thanhHoa, daNang));
		long all = indicators.count(Direction.OUTGOING, from, to, null);
		assertThat(one).isPositive().isLessThan(two);
		assertThat(all).isGreaterThanOrEqualTo(two);
		assertThat(indicators.byCountry(Direction.OUTGOING, from, to, List.of(thanhHoa)).values().stream()
			.mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(one);
		assertThat(indicators.count(Direction.OUTGOING, from, to, List.of())).isZero();
	}
}
