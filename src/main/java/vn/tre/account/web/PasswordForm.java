package vn.tre.account.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form of the account page; the passwords are never shown again after an error. */
class PasswordForm {

	@NotBlank(message = "{account.password.currentRequired}")
	private String currentPassword = "";

	@NotBlank(message = "{account.password.newRequired}")
	private String newPassword = "";

	private String confirmation = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
