package vn.tre.account.web;

import vn.tre.organisation.OrgUnit;

/** A user's org unit as the API shows it. */
record UnitRef(long id, String code, String nameVi, String nameEn) {

	static UnitRef of(OrgUnit unit) {
		return new UnitRef(unit.getId(), unit.getCode(), unit.getNameVi(), unit.getNameEn());
	}
}
