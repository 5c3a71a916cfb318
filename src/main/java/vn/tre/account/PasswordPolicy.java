package vn.tre.account;

import java.util.Optional;

/** Tre's password rule: at least 10 characters with a letter and a digit, not the user name. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, if any. */
	public static Optional<String> violation(String username, String password) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return Optional.of("account.password.lettersAndDigits");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("account.password.containsUsername");
		}
		return Optional.empty();
	}
}
