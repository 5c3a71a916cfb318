package vn.tre.account.web;

/** A new password an administrator sets for a user, typed twice. */
class ResetPasswordForm {

	private String password = "";

	private String confirmation = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
