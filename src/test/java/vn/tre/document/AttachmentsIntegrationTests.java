package vn.tre.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.account.AccountManagement;
import vn.tre.document.AttachmentRefused.Reason;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.TestRecordOwners;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AttachmentsIntegrationTests {

	@Autowired
	Attachments attachments;

	@Autowired
	AccountManagement accounts;

	@Test
	void storesFileWithDetectedTypeChecksumAndUploader() {
		Actor officer = actor("thanhhoa.canbo");
		byte[] docx = SampleFiles.docx();

		Attachment stored = attachments.store(officer, TestRecordOwners.TYPE, officer.unitId(), "Kế hoạch.docx",
				new ByteArrayInputStream(docx));

		assertThat(stored.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(stored.getSize()).isEqualTo(docx.length);
		assertThat(stored.getSha256()).hasSize(64);
		assertThat(stored.getUploadedBy()).isEqualTo("thanhhoa.canbo");
		assertThat(attachments.list(officer, TestRecordOwners.TYPE, officer.unitId())).extracting(Attachment::getId)
			.contains(stored.getId());
		assertThat(attachments.open(officer, stored.getId()).content()).isEqualTo(docx);
	}

	@Test
	void letsLeaderOfTheSameProvinceReadButNotOfficerOfAnother() {
		Actor officer = actor("thanhhoa.canbo");
		Attachment stored = attachments.store(officer, TestRecordOwners.TYPE, officer.unitId(), "a.pdf", SampleFiles.pdf());

		assertThat(attachments.open(actor("thanhhoa.lanhdao"), stored.getId()).content()).isEqualTo(SampleFiles.pdf());
		assertThat(attachments.open(actor("bng.canbo"), stored.getId()).attachment().getId()).isEqualTo(stored.getId());
		assertThatThrownBy(() -> attachments.open(actor("danang.canbo"), stored.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> attachments.open(actor("hacthanh.canbo"), stored.getId())).isInstanceOf(NotFound.class);
	}

	@Test
	void refusesUploadByViewer() {
		Actor viewer = actor("thanhhoa.xem");
		assertThatThrownBy(() -> attachments.store(viewer, TestRecordOwners.TYPE, viewer.unitId(), "a.pdf", SampleFiles.pdf()))
			.isInstanceOf(Forbidden.class);
		assertThat(attachments.canEdit(viewer, TestRecordOwners.TYPE, viewer.unitId())).isFalse();
	}

	@Test
	void refusesStreamLongerThanTheLimitWithoutReadingAllOfIt() {
		Actor officer = actor("thanhhoa.canbo");
		var huge = new ByteArrayInputStream(SampleFiles.pdfOfSize(26 * 1024 * 1024));
		assertThatThrownBy(() -> attachments.store(officer, TestRecordOwners.TYPE, officer.unitId(), "lon.pdf", huge))
			.isInstanceOfSatisfying(AttachmentRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThat(attachments.list(officer, TestRecordOwners.TYPE, officer.unitId())).extracting(Attachment::getFilename)
			.doesNotContain("lon.pdf");
	}

	@Test
	void answersNotFoundForUnknownKindOrRecord() {
		Actor officer = actor("thanhhoa.canbo");
		assertThatThrownBy(() -> attachments.list(officer, "no-such-kind", 1)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> attachments.list(officer, TestRecordOwners.TYPE, 0)).isInstanceOf(NotFound.class);
	}

	@Test
	void deletesFileWithItsContent() {
		Actor officer = actor("thanhhoa.canbo");
		Attachment stored = attachments.store(officer, TestRecordOwners.TYPE, officer.unitId(), "xoa.png", SampleFiles.png());

		attachments.delete(officer, stored.getId());

		assertThatThrownBy(() -> attachments.open(officer, stored.getId())).isInstanceOf(NotFound.class);
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}
}
