package vn.tre.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.Country;
import vn.tre.partner.CountryCatalogue;
import vn.tre.partner.DuplicatePartners;
import vn.tre.partner.InvalidPartner;
import vn.tre.partner.LocalityLevel;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerDraft;
import vn.tre.partner.PartnerFilter;
import vn.tre.partner.PartnerKind;
import vn.tre.partner.PartnerTimeline;
import vn.tre.partner.PartnershipLevel;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.TimelineEntry;
import vn.tre.shared.Actor;

/** Countries, partners and partner timelines as JSON. Partners are shared; timelines show only units in scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partners", description = "Countries, foreign partners and their timelines")
class PartnerApiController {

	private final PartnerDirectory partners;

	private final PartnerTimeline timeline;

	private final CountryCatalogue countries;

	PartnerApiController(PartnerDirectory partners, PartnerTimeline timeline, CountryCatalogue countries) {
		this.partners = partners;
		this.timeline = timeline;
		this.countries = countries;
	}

	/** A country or territory. */
	record CountryJson(String code, @Nullable String numericCode, String nameVi, String nameEn, String nameFr,
			@Nullable String regionCode, @Nullable PartnershipLevel partnership, @Nullable Integer partnershipSince) {

		static CountryJson of(Country c) {
			return new CountryJson(c.getCode(), c.getNumericCode(), c.getNameVi(), c.getNameEn(), c.getNameFr(),
					c.getRegionCode(), c.getPartnership(), c.getPartnershipSince());
		}
	}

	/** A partner's public profile. */
	record PartnerJson(long id, PartnerKind kind, @Nullable LocalityLevel localityLevel, @Nullable String nameOriginal,
			String nameEn, @Nullable String nameVi, @Nullable String countryCode, @Nullable Long parentId,
			@Nullable String website, @Nullable String contacts, @Nullable String notes, List<String> aliases,
			List<String> tags, long ownerUnitId, long version) {

		static PartnerJson of(Partner p) {
			return new PartnerJson(p.getId(), p.getKind(), p.getLocalityLevel(), p.getNameOriginal(), p.getNameEn(),
					p.getNameVi(), p.getCountryCode(), p.getParentId(), p.getWebsite(), p.getContacts(), p.getNotes(),
					p.sortedAliases(), p.sortedTags(), p.getOwnerUnitId(), p.getVersion());
		}
	}

	/** A partner as a client creates or changes it; duplicateReason lets a client insist on a possible duplicate. */
	record PartnerRequest(@NotNull PartnerKind kind, @Nullable LocalityLevel localityLevel,
			@Nullable @Size(max = 255) String nameOriginal, @NotBlank @Size(max = 255) String nameEn,
			@Nullable @Size(max = 255) String nameVi, @Nullable @Size(min = 2, max = 2) String countryCode,
			@Nullable Long parentId, @Nullable @Size(max = 500) String website, @Nullable @Size(max = 4000) String contacts,
			@Nullable @Size(max = 4000) String notes, @Nullable List<@Size(max = 255) String> aliases,
			@Nullable List<@Size(max = 60) String> tags, @Nullable @Size(max = 500) String duplicateReason,
			@Nullable Long version) {

		PartnerDraft draft() {
			return new PartnerDraft(kind, localityLevel, nameOriginal, nameEn, nameVi,
					countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT), parentId, website, contacts, notes,
					aliases == null ? List.of() : aliases, tags == null ? List.of() : tags);
		}
	}

	/** One line of a timeline. */
	record TimelineJson(long id, long unitId, LocalDate date, ActivityKind kind, String title, @Nullable String link) {

		static TimelineJson of(TimelineEntry e) {
			return new TimelineJson(e.getId(), e.getUnitId(), e.getHappenedOn(), e.getKind(), e.getTitle(), e.getLink());
		}
	}

	/** A page of results. */
	record PageJson<T>(List<T> items, int page, int size, long total) {

		static <T> PageJson<T> of(Page<T> page) {
			return new PageJson<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
		}
	}

	@GetMapping("/countries")
	@Operation(summary = "Every country and territory of ISO 3166-1, with region and partnership framework")
	List<CountryJson> countries(Actor actor, Locale locale) {
		return countries.all(locale).stream().map(CountryJson::of).toList();
	}

	@GetMapping("/partners")
	@Operation(summary = "Partners whose names contain the text (with or without accents), filtered by kind, country, "
			+ "region, a unit that keeps relations with them and the status of relations the caller may see")
	PageJson<PartnerJson> search(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable PartnerKind kind, @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable RelationStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageJson.of(partners.search(actor, new PartnerFilter(q, kind, country, region, unitId, status),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500), Sort.by("sortEn", "id"))).map(PartnerJson::of));
	}

	@GetMapping("/partners/{id}")
	@Operation(summary = "A partner's public profile")
	PartnerJson one(Actor actor, @PathVariable long id) {
		return PartnerJson.of(partners.get(actor, id));
	}

	@PostMapping("/partners")
	@Operation(summary = "Enters a partner for the caller's unit",
			description = "Answers 409 with the ids of existing partners of the same country with the same name "
					+ "(after folding case, accents and punctuation), unless duplicateReason is given.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "Possible duplicates; the problem lists them in 'duplicates'")
	ResponseEntity<PartnerJson> create(Actor actor, @Valid @RequestBody PartnerRequest request) {
		Partner partner = partners.create(actor, request.draft(), request.duplicateReason());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + partner.getId())).body(PartnerJson.of(partner));
	}

	@PutMapping("/partners/{id}")
	@Operation(summary = "Changes a partner; the unit that entered it and ministry administrators only",
			description = "The request's version must be the partner's current version (409 otherwise).")
	PartnerJson update(Actor actor, @PathVariable long id, @Valid @RequestBody PartnerRequest request) {
		long version = request.version() == null ? partners.get(actor, id).getVersion() : request.version();
		return PartnerJson.of(partners.update(actor, id, version, request.draft()));
	}

	@GetMapping("/partners/{id}/timeline")
	@Operation(summary = "What the units the caller may see did with the partner, newest first")
	PageJson<TimelineJson> timeline(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable ActivityKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		partners.get(actor, id);
		return PageJson.of(timeline.of(actor, id, unitId, kind, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500)))
			.map(TimelineJson::of));
	}

	@ExceptionHandler(DuplicatePartners.class)
	ResponseEntity<ProblemDetail> duplicates(DuplicatePartners e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Partners of the same country with the same name exist; send duplicateReason to enter it all the same.");
		problem.setTitle("Possible duplicate");
		problem.setProperty("duplicates", e.matches().stream().map(p -> new Duplicate(p.getId(), p.getNameEn())).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(InvalidPartner.class)
	ResponseEntity<ProblemDetail> invalid(InvalidPartner e) {
		return ApiProblems.invalid(e);
	}

	@ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale() {
		return ApiProblems.stale();
	}

	/** An existing partner a new one may duplicate. */
	record Duplicate(long id, String nameEn) {
	}
}
