package vn.tre.platform.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/** Makes Tre's SQL functions known to queries: {@code tre_fold(text)} folds case and diacritics. */
public class TreFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var string = contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING);
		contributions.getFunctionRegistry().registerPattern("tre_fold", "tre_fold(?1)", string);
	}
}
