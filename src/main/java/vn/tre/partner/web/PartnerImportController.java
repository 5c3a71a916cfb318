package vn.tre.partner.web;

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
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerImport;
import vn.tre.partner.PartnerImportRow;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;

/** Partner import: upload, a report of refused rows with reasons, then confirmation. */
@Controller
class PartnerImportController {

	private static final long MAX_FILE = 5L * 1024 * 1024;

	private final PartnerImport imports;

	private final PartnerDirectory partners;

	private final MessageSource messages;

	PartnerImportController(PartnerImport imports, PartnerDirectory partners, MessageSource messages) {
		this.imports = imports;
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping("/partners/import")
	String form(Actor actor, Model model) {
		checkCreate(actor);
		model.addAttribute("activeNav", "partners");
		return "partners/import";
	}

	@PostMapping("/partners/import")
	String upload(Actor actor, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		checkCreate(actor);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		String problem = file.isEmpty() ? "import.upload.empty"
				: file.getSize() > MAX_FILE ? "partner.import.upload.tooLarge"
						: !name.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|csv)") ? "import.upload.type" : null;
		if (problem != null) {
			model.addAttribute("activeNav", "partners");
			model.addAttribute("uploadError", problem);
			return "partners/import";
		}
		return "redirect:/partners/import/" + imports.check(actor, name, file.getBytes()).getId();
	}

	@GetMapping("/partners/import/{id}")
	String job(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.job(actor, id));
		model.addAttribute("activeNav", "partners");
		return "partners/import-job";
	}

	@PostMapping("/partners/import/{id}/confirm")
	String confirm(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accepted,
			RedirectAttributes redirect) {
		ImportJob<PartnerImportRow> job = imports.job(actor, id);
		if (job.refusedCount() > 0 && !accepted) {
			redirect.addFlashAttribute("flashError", "import.confirm.needed");
			return "redirect:/partners/import/" + id;
		}
		imports.confirm(actor, id);
		return "redirect:/partners/import/" + id;
	}

	@GetMapping("/partners/import/template")
	ResponseEntity<byte[]> template(Actor actor, Locale locale) {
		checkCreate(actor);
		List<String> header = List.of("kind", "country_code", "name_en", "name_vi", "name_original", "aliases", "website", "tags");
		List<List<Object>> example = List.of(List.of("FOREIGN_LOCALITY", "KR", "Gangwon State", "Tỉnh Gangwon", "강원특별자치도",
				"Giang Nguyên", "https://state.gwd.go.kr", "địa phương"));
		return ExcelExport.response("mau-nhap-doi-tac.xlsx",
				ExcelExport.write(messages.getMessage("partner.import.title", null, locale), header, example));
	}

	private void checkCreate(Actor actor) {
		if (!partners.canCreate(actor)) {
			throw new Forbidden("partner import");
		}
	}
}
