package vn.tre.document.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.document.Attachment;
import vn.tre.document.AttachmentRefused;
import vn.tre.document.Attachments;
import vn.tre.shared.Actor;

/**
 * Downloads, uploads and deletes attachments from the attachments section of any record page. A plain form
 * post goes back to the page with a message; an htmx post gets the section again.
 */
@Controller
class AttachmentController {

	static final String SECTION = "fragments/attachments :: section(ownerType=${ownerType}, ownerId=${ownerId}, "
			+ "attachments=${attachments}, canEdit=${canEdit})";

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id) {
		return Downloads.of(attachments.open(actor, id));
	}

	@PostMapping("/attachments")
	String upload(Actor actor, @RequestParam String ownerType, @RequestParam long ownerId,
			@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String returnTo,
			HtmxRequest htmx, HttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty() && blank(file.getOriginalFilename())) {
				throw new AttachmentRefused(AttachmentRefused.Reason.NO_FILE);
			}
			attachments.store(actor, ownerType, ownerId, originalName(file), file.getInputStream());
			model.addAttribute("attachmentUploaded", true);
			redirect.addFlashAttribute("flashSuccess", "document.uploaded");
		}
		catch (AttachmentRefused refused) {
			model.addAttribute("attachmentRefusal", UploadRefusal.of(ownerType, ownerId, refused));
			redirect.addFlashAttribute("attachmentRefusal", UploadRefusal.of(ownerType, ownerId, refused));
		}
		return htmx.isHtmxRequest() ? section(actor, ownerType, ownerId, model)
				: "redirect:" + ReturnPaths.of(returnTo, request);
	}

	@PostMapping("/attachments/{id}/delete")
	String delete(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable String returnTo,
			HtmxRequest htmx, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Attachment deleted = attachments.delete(actor, id);
		if (htmx.isHtmxRequest()) {
			model.addAttribute("attachmentDeleted", deleted.getFilename());
			return section(actor, deleted.getOwnerType(), deleted.getOwnerId(), model);
		}
		redirect.addFlashAttribute("flashSuccess", "document.deleted");
		return "redirect:" + ReturnPaths.of(returnTo, request);
	}

	private String section(Actor actor, String ownerType, long ownerId, Model model) {
		model.addAttribute("ownerType", ownerType);
		model.addAttribute("ownerId", ownerId);
		model.addAttribute("attachments", attachments.list(actor, ownerType, ownerId));
		model.addAttribute("canEdit", attachments.canEdit(actor, ownerType, ownerId));
		return SECTION;
	}

	private static String originalName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null ? "" : name;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
