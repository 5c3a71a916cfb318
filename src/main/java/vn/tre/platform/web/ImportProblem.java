package vn.tre.platform.web;

import java.util.List;

/** Why a row of an import file was refused: a message key and its arguments, shown in the user's language. */
public record ImportProblem(String key, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	public static ImportProblem of(String key, Object... args) {
		return new ImportProblem(key, List.of(args));
	}
}
