package vn.tre.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tre.account.NewAccount;
import vn.tre.account.UserAccount;
import vn.tre.shared.Role;

/** What an administrator types to create or change an account; the password only when creating. */
class UserForm {

	@NotBlank(message = "{user.username.required}")
	@Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}")
	private String username = "";

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 200, message = "{user.displayName.tooLong}")
	private String displayName = "";

	@Email(message = "{user.email.invalid}")
	@Size(max = 200, message = "{user.email.invalid}")
	private String email = "";

	@NotNull(message = "{user.unit.required}")
	private @Nullable Long unitId;

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private String password = "";

	private long version;

	static UserForm from(UserAccount user) {
		var form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail() == null ? "" : user.getEmail();
		form.unitId = user.getUnitId();
		form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
		form.enabled = user.isEnabled();
		form.version = user.getVersion();
		return form;
	}

	NewAccount toAccount() {
		return new NewAccount(username.strip(), displayName, email, unitId == null ? 0 : unitId, roles, enabled);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip().toLowerCase();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
