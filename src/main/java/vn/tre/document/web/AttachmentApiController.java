package vn.tre.document.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tre.document.Attachment;
import vn.tre.document.AttachmentRefused;
import vn.tre.document.Attachments;
import vn.tre.shared.Actor;

/** Attachments over JSON: list a record's files, fetch one, upload (multipart) and delete. */
@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentApiController {

	private final Attachments attachments;

	private final MessageSource messages;

	AttachmentApiController(Attachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping
	List<AttachmentResponse> list(Actor actor, @RequestParam String ownerType, @RequestParam long ownerId) {
		return attachments.list(actor, ownerType, ownerId).stream().map(AttachmentResponse::of).toList();
	}

	@GetMapping("/{id}")
	AttachmentResponse get(Actor actor, @PathVariable long id) {
		return AttachmentResponse.of(attachments.get(actor, id));
	}

	@GetMapping("/{id}/content")
	ResponseEntity<byte[]> content(Actor actor, @PathVariable long id) {
		return Downloads.of(attachments.open(actor, id));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentResponse> upload(Actor actor, @RequestParam String ownerType, @RequestParam long ownerId,
			@RequestParam MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		Attachment saved = attachments.store(actor, ownerType, ownerId, name, file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/attachments/" + saved.getId())).body(AttachmentResponse.of(saved));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
		attachments.delete(actor, id);
		return ResponseEntity.noContent().build();
	}

	/** 413 for a file over the limit, 415 for a refused type, 400 for a missing or empty file. */
	@ExceptionHandler(AttachmentRefused.class)
	ProblemDetail refused(AttachmentRefused refused, Locale locale) {
		HttpStatus status = switch (refused.reason()) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case NO_FILE, EMPTY -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(refused.messageKey(), refused.args().toArray(), locale));
		problem.setProperty("code", refused.messageKey());
		return problem;
	}
}
