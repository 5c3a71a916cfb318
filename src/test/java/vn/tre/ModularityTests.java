package vn.tre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TreApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
		sortCanvasLists(Path.of("docs/modules"));
	}

	/** The Documenter lists relations in no fixed order; sorting them keeps the committed diagrams stable. */
	private static void sortRelations(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
				var sorted = new ArrayList<String>();
				var next = relations.iterator();
				for (String line : lines) {
					sorted.add(line.startsWith("Rel(") ? next.next() : line);
				}
				Files.write(file, sorted);
			}
		}
	}

	/** Canvases list a module's types and events in no fixed order either; each list of a cell is sorted. */
	private static void sortCanvasLists(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
				List<String> lines = Files.readAllLines(file);
				var sorted = new ArrayList<String>();
				for (int i = 0; i < lines.size(); i++) {
					if (!lines.get(i).startsWith("|* ")) {
						sorted.add(lines.get(i));
						continue;
					}
					var items = new ArrayList<String>();
					items.add(lines.get(i).substring(1));
					while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
						items.add(lines.get(++i));
					}
					items.sort(null);
					items.set(0, "|" + items.getFirst());
					sorted.addAll(items);
				}
				Files.write(file, sorted);
			}
		}
	}
}
