package vn.tre.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import vn.tre.document.AttachmentRefused.Reason;

/**
 * Decides whether a file may be attached: not empty, not larger than the limit, and of an allowed type as
 * detected from its content (the name only refines what the content says). A name that makes a harmless
 * file look like a program or script is refused too, since whoever downloads it might run it.
 */
final class UploadPolicy {

	private static final Tika TIKA = new Tika();

	private static final String UNKNOWN = "application/octet-stream";

	/** Words in a MIME type that say which kind of dangerous file it is, checked in this order. */
	private static final List<Map.Entry<Reason, List<String>>> DANGEROUS = List.of(
			Map.entry(Reason.EXECUTABLE, List.of("executable", "msdownload", "dosexec", "installer", "mach-o", "sharedlib",
					"x-elf", "java-archive", "java-vm", "package-archive", "x-msdos-program", "x-ms-shortcut")),
			Map.entry(Reason.SCRIPT, List.of("javascript", "ecmascript", "x-sh", "x-csh", "shellscript", "x-bat", "python",
					"php", "perl", "ruby", "vbscript", "powershell", "x-tcl", "macroenabled")),
			Map.entry(Reason.HTML, List.of("html", "svg", "x-hta")),
			Map.entry(Reason.ARCHIVE, List.of("zip", "rar", "7z", "gzip", "x-tar", "bzip", "x-xz", "iso9660", "compress",
					"zstd", "x-archive", "x-cpio", "x-lzh", "x-lzma", "apple-diskimage", "x-tika-ooxml")));

	/** Extensions that Windows runs but Tika does not know (it calls them octet-stream or plain text). */
	private static final Map<String, Reason> RUNNABLE_EXTENSIONS = Map.ofEntries(
			Map.entry("scr", Reason.EXECUTABLE), Map.entry("pif", Reason.EXECUTABLE), Map.entry("cpl", Reason.EXECUTABLE),
			Map.entry("lnk", Reason.EXECUTABLE), Map.entry("msc", Reason.EXECUTABLE), Map.entry("msp", Reason.EXECUTABLE),
			Map.entry("mst", Reason.EXECUTABLE), Map.entry("gadget", Reason.EXECUTABLE),
			Map.entry("application", Reason.EXECUTABLE), Map.entry("ps1", Reason.SCRIPT), Map.entry("psm1", Reason.SCRIPT),
			Map.entry("vbe", Reason.SCRIPT), Map.entry("jse", Reason.SCRIPT), Map.entry("wsf", Reason.SCRIPT),
			Map.entry("wsh", Reason.SCRIPT), Map.entry("reg", Reason.SCRIPT), Map.entry("inf", Reason.SCRIPT),
			Map.entry("scf", Reason.SCRIPT), Map.entry("hta", Reason.HTML));

	private final DocumentProperties properties;

	UploadPolicy(DocumentProperties properties) {
		this.properties = properties;
	}

	/** The content type of a file that may be attached; throws {@link AttachmentRefused} otherwise. */
	String check(String filename, byte[] content) {
		if (content.length == 0) {
			throw new AttachmentRefused(Reason.EMPTY, filename);
		}
		if (content.length > properties.maxSize().toBytes()) {
			throw new AttachmentRefused(Reason.TOO_LARGE, filename, String.valueOf(maxMegabytes()));
		}
		String type = baseType(TIKA.detect(content, filename));
		if (!allowed(type)) {
			throw new AttachmentRefused(reasonFor(type), filename, type);
		}
		checkName(filename);
		if (!Containers.holdsWhatTheyClaim(type, content)) {
			throw new AttachmentRefused(Reason.MISMATCH, filename, type);
		}
		return type;
	}

	/** The limit in whole megabytes, as the messages show it. */
	long maxMegabytes() {
		return properties.maxSize().toMegabytes();
	}

	long maxBytes() {
		return properties.maxSize().toBytes();
	}

	private void checkName(String filename) {
		String byName = baseType(TIKA.detect(filename));
		if (!byName.equals(UNKNOWN) && !allowed(byName) && reasonFor(byName) != Reason.TYPE) {
			throw new AttachmentRefused(reasonFor(byName), filename, byName);
		}
		Reason runnable = RUNNABLE_EXTENSIONS.get(extension(filename));
		if (runnable != null && !allowed(byName)) {
			throw new AttachmentRefused(runnable, filename, byName);
		}
	}

	private boolean allowed(String type) {
		return properties.allowedTypes().contains(type);
	}

	static Reason reasonFor(String type) {
		return DANGEROUS.stream()
			.filter(kind -> kind.getValue().stream().anyMatch(type::contains))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(Reason.TYPE);
	}

	/** The type without parameters: Tika says "application/x-msdownload; format=pe". */
	private static String baseType(String detected) {
		return MediaType.parse(detected).getBaseType().toString().toLowerCase(Locale.ROOT);
	}

	private static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
