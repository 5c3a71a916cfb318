package vn.tre.organisation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.CommuneImport;
import vn.tre.organisation.ImportRow;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** Commune import: upload, a checked report with refused rows and reasons, then confirmation. */
@Controller
class CommuneImportController {

	private static final long MAX_FILE = 10L * 1024 * 1024;

	private final CommuneImport imports;

	private final AccessPolicy access;

	private final MessageSource messages;

	CommuneImportController(CommuneImport imports, AccessPolicy access, MessageSource messages) {
		this.imports = imports;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/org-units/import")
	String form(Actor actor, Model model) {
		access.checkAdministers(actor);
		model.addAttribute("activeNav", "import");
		return "org-units/import";
	}

	@PostMapping("/org-units/import")
	String upload(Actor actor, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		access.checkAdministers(actor);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		String problem = file.isEmpty() ? "import.upload.empty"
				: file.getSize() > MAX_FILE ? "import.upload.tooLarge"
						: !name.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|csv)") ? "import.upload.type" : null;
		if (problem != null) {
			model.addAttribute("activeNav", "import");
			model.addAttribute("uploadError", problem);
			return "org-units/import";
		}
		ImportJob<ImportRow> job = imports.check(actor, name, file.getBytes());
		return "redirect:/org-units/import/" + job.getId();
	}

	@GetMapping("/org-units/import/{id}")
	String job(Actor actor, @PathVariable UUID id, HtmxRequest htmx, Model model) {
		model.addAttribute("job", imports.job(actor, id));
		model.addAttribute("activeNav", "import");
		return htmx.isHtmxRequest() ? "org-units/import-job :: status" : "org-units/import-job";
	}

	@PostMapping("/org-units/import/{id}/confirm")
	String confirm(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accepted,
			RedirectAttributes redirect) {
		ImportJob<ImportRow> job = imports.job(actor, id);
		if (job.refusedCount() > 0 && !accepted) {
			redirect.addFlashAttribute("flashError", "import.confirm.needed");
			return "redirect:/org-units/import/" + id;
		}
		imports.confirm(actor, id);
		return "redirect:/org-units/import/" + id;
	}

	@GetMapping("/org-units/import/template")
	ResponseEntity<byte[]> template(Actor actor, Locale locale) {
		access.checkAdministers(actor);
		List<String> header = List.of("code", "name", "province_code", "valid_from", "name_en");
		List<List<Object>> example = List.of(List.of("00001", "Phường Ví Dụ", "38", "01/07/2025", ""));
		return ExcelExport.response("mau-nhap-xa.xlsx",
				ExcelExport.write(messages.getMessage("nav.communeImport", null, locale), header, example));
	}
}
