package vn.tre.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The metadata of stored attachments. */
interface StoredAttachments extends JpaRepository<Attachment, Long> {

	List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtDescIdDesc(String ownerType, long ownerId);
}
