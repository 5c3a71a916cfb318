package vn.tre.account.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new personal access token: a name to recognise it by and, optionally, how many days it stays valid. */
class TokenForm {

	@NotBlank(message = "{token.name.required}")
	@Size(max = 100, message = "{token.name.tooLong}")
	private String name = "";

	@Min(value = 1, message = "{token.validDays.range}")
	@Max(value = 365, message = "{token.validDays.range}")
	private @Nullable Integer validDays;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Integer getValidDays() {
		return validDays;
	}

	public void setValidDays(@Nullable Integer validDays) {
		this.validDays = validDays;
	}
}
