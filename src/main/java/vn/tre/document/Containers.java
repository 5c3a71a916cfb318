package vn.tre.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Looks inside office files, which are zip or OLE2 containers: Tika's core only sees the container and
 * trusts the file name for the rest, so a zip archive renamed to .docx or an installer renamed to .doc
 * would pass without this check.
 */
final class Containers {

	private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

	private Containers() {
	}

	/** Whether an office file holds the parts its type needs; other types are not containers and pass. */
	static boolean holdsWhatTheyClaim(String type, byte[] content) {
		if (type.startsWith(OOXML)) {
			return zipHas(content, "[Content_Types].xml", null);
		}
		if (type.startsWith(OPEN_DOCUMENT)) {
			return zipHas(content, "mimetype", type);
		}
		return switch (type) {
			case "application/msword" -> oleHasAny(content, Set.of("WordDocument"));
			case "application/vnd.ms-excel" -> oleHasAny(content, Set.of("Workbook", "Book"));
			case "application/vnd.ms-powerpoint" -> oleHasAny(content, Set.of("PowerPoint Document"));
			default -> true;
		};
	}

	private static boolean zipHas(byte[] content, String entryName, @Nullable String expectedContent) {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(entryName)) {
					return expectedContent == null
							|| new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip().equals(expectedContent);
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	private static boolean oleHasAny(byte[] content, Set<String> entryNames) {
		try (var fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			return entryNames.stream().anyMatch(root::hasEntry);
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
