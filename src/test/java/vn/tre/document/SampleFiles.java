package vn.tre.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of each kind the attachment tests upload. */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] docx() {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Biên bản ghi nhớ hợp tác");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] png() {
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a Windows PE executable: the "MZ" DOS header. */
	public static byte[] windowsExecutable() {
		byte[] bytes = new byte[1024];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] zip() {
		try (var out = new ByteArrayOutputStream()) {
			try (var zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("setup.exe"));
				zip.write(windowsExecutable());
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A file of the given size made of PDF bytes, so that only its size can make it refused. */
	public static byte[] pdfOfSize(int size) {
		byte[] bytes = new byte[size];
		byte[] pdf = pdf();
		System.arraycopy(pdf, 0, bytes, 0, pdf.length);
		return bytes;
	}
}
