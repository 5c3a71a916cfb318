package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.tre.agreement.MilestoneStatus.DONE;
import static vn.tre.agreement.MilestoneStatus.DROPPED;
import static vn.tre.agreement.MilestoneStatus.IN_PROGRESS;
import static vn.tre.agreement.MilestoneStatus.LATE;
import static vn.tre.agreement.MilestoneStatus.PLANNED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tre.agreement.RoadmapProgress.ActivityParts;
import vn.tre.agreement.RoadmapProgress.Part;

class RoadmapProgressTests {

	private static final long SEED = 20261124L;

	@Test
	void weighsMilestonesWithinAnActivity() {
		List<Part> milestones = List.of(new Part(50, DONE), new Part(30, IN_PROGRESS), new Part(20, PLANNED));
		assertThat(RoadmapProgress.activityShare(PLANNED, milestones)).isEqualTo(0.5);
		assertThat(RoadmapProgress.activityStatus(PLANNED, milestones)).isEqualTo(IN_PROGRESS);
	}

	@Test
	void leavesDroppedMilestonesOut() {
		List<Part> milestones = List.of(new Part(10, DONE), new Part(90, DROPPED), new Part(30, PLANNED));
		assertThat(RoadmapProgress.activityShare(PLANNED, milestones)).isEqualTo(0.25);
	}

	@Test
	void countsAnActivityWithoutMilestonesByItsOwnStatus() {
		assertThat(RoadmapProgress.activityShare(DONE, List.of())).isEqualTo(1);
		assertThat(RoadmapProgress.activityShare(IN_PROGRESS, List.of())).isZero();
		assertThat(RoadmapProgress.activityStatus(IN_PROGRESS, List.of())).isEqualTo(IN_PROGRESS);
	}

	@Test
	void rollsActivitiesUpByTheirWeight() {
		// Activity A (weight 3): 2 of 3 equal milestones done; B (weight 1): done without milestones;
		// C (weight 4): dropped, left out. (3 × 2/3 + 1 × 1) / 4 = 75 %.
		List<ActivityParts> roadmap = List.of(
				new ActivityParts(3, PLANNED, List.of(new Part(1, DONE), new Part(1, DONE), new Part(1, LATE))),
				new ActivityParts(1, DONE, List.of()),
				new ActivityParts(4, DROPPED, List.of(new Part(5, DONE))));
		assertThat(RoadmapProgress.agreementShare(roadmap)).isCloseTo(0.75, within(1e-12));
		assertThat(RoadmapProgress.percent(RoadmapProgress.agreementShare(roadmap))).isEqualTo(75);
	}

	@Test
	void treatsAnActivityWhoseMilestonesWereAllDroppedAsDropped() {
		List<Part> dropped = List.of(new Part(5, DROPPED), new Part(5, DROPPED));
		assertThat(RoadmapProgress.activityStatus(IN_PROGRESS, dropped)).isEqualTo(DROPPED);
		List<ActivityParts> roadmap = List.of(new ActivityParts(50, PLANNED, dropped),
				new ActivityParts(10, PLANNED, List.of(new Part(1, DONE))));
		assertThat(RoadmapProgress.agreementShare(roadmap)).isEqualTo(1);
	}

	@Test
	void showsNoProgressForAnEmptyRoadmap() {
		assertThat(RoadmapProgress.agreementShare(List.of())).isZero();
		assertThat(RoadmapProgress.agreementShare(List.of(new ActivityParts(5, DROPPED, List.of())))).isZero();
	}

	@ParameterizedTest
	@CsvSource({
			"PLANNED, PLANNED, PLANNED",
			"PLANNED, IN_PROGRESS, IN_PROGRESS",
			"DONE, PLANNED, IN_PROGRESS",
			"DONE, DONE, DONE",
			"DONE, DROPPED, DONE",
			"LATE, DONE, LATE",
			"LATE, IN_PROGRESS, LATE",
			"DROPPED, DROPPED, DROPPED" })
	void derivesTheStatusOfAnActivityFromItsMilestones(MilestoneStatus first, MilestoneStatus second,
			MilestoneStatus expected) {
		assertThat(RoadmapProgress.activityStatus(PLANNED, List.of(new Part(1, first), new Part(2, second))))
			.isEqualTo(expected);
	}

	@Test
	void keepsADroppedActivityDroppedWhateverItsMilestones() {
		assertThat(RoadmapProgress.activityStatus(DROPPED, List.of(new Part(1, DONE)))).isEqualTo(DROPPED);
		assertThat(RoadmapProgress.activityShare(DROPPED, List.of(new Part(1, DONE)))).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "0, 0", "0.004, 1", "0.005, 1", "0.62, 62", "0.625, 63", "0.994, 99", "0.996, 99", "1, 100" })
	void roundsToAWholePercentButNeverClaimsAllOrNothingWrongly(double share, int expected) {
		assertThat(RoadmapProgress.percent(share)).isEqualTo(expected);
	}

	static Stream<List<ActivityParts>> randomRoadmaps() {
		Random random = new Random(SEED);
		return IntStream.range(0, 200).mapToObj(i -> randomRoadmap(random));
	}

	@ParameterizedTest
	@MethodSource("randomRoadmaps")
	void agreesWithAnExactComputationOnRandomRoadmaps(List<ActivityParts> roadmap) {
		double share = RoadmapProgress.agreementShare(roadmap);
		assertThat(share).isBetween(0.0, 1.0).isCloseTo(exactShare(roadmap).doubleValue(), within(1e-9));
		int percent = RoadmapProgress.percent(share);
		assertThat(percent == 100).isEqualTo(allDone(roadmap));
		assertThat(percent == 0).isEqualTo(share == 0);
	}

	@ParameterizedTest
	@MethodSource("randomRoadmaps")
	void doesNotDependOnTheOrderOfActivitiesOrMilestones(List<ActivityParts> roadmap) {
		List<ActivityParts> shuffled = new ArrayList<>();
		Random random = new Random(SEED + roadmap.size());
		for (ActivityParts activity : roadmap) {
			List<Part> milestones = new ArrayList<>(activity.milestones());
			Collections.shuffle(milestones, random);
			shuffled.add(new ActivityParts(activity.weight(), activity.ownStatus(), milestones));
		}
		Collections.shuffle(shuffled, random);
		assertThat(RoadmapProgress.agreementShare(shuffled)).isCloseTo(RoadmapProgress.agreementShare(roadmap), within(1e-12));
	}

	@ParameterizedTest
	@MethodSource("randomRoadmaps")
	void growsWhenAnOpenMilestoneIsDone(List<ActivityParts> roadmap) {
		double before = RoadmapProgress.agreementShare(roadmap);
		for (int a = 0; a < roadmap.size(); a++) {
			ActivityParts activity = roadmap.get(a);
			for (int m = 0; m < activity.milestones().size(); m++) {
				Part milestone = activity.milestones().get(m);
				if (milestone.status().open() && activity.ownStatus() != DROPPED) {
					List<Part> milestones = new ArrayList<>(activity.milestones());
					milestones.set(m, new Part(milestone.weight(), DONE));
					List<ActivityParts> after = new ArrayList<>(roadmap);
					after.set(a, new ActivityParts(activity.weight(), activity.ownStatus(), milestones));
					assertThat(RoadmapProgress.agreementShare(after)).isGreaterThan(before);
					return;
				}
			}
		}
	}

	private static List<ActivityParts> randomRoadmap(Random random) {
		MilestoneStatus[] statuses = MilestoneStatus.values();
		List<ActivityParts> activities = new ArrayList<>();
		int count = random.nextInt(6);
		for (int a = 0; a < count; a++) {
			List<Part> milestones = new ArrayList<>();
			int size = random.nextInt(5);
			for (int m = 0; m < size; m++) {
				milestones.add(new Part(1 + random.nextInt(100), statuses[random.nextInt(statuses.length)]));
			}
			MilestoneStatus own = random.nextInt(8) == 0 ? DROPPED : statuses[random.nextInt(statuses.length - 1)];
			activities.add(new ActivityParts(1 + random.nextInt(100), own, milestones));
		}
		return activities;
	}

	/** The same rules, written out directly with exact decimals. */
	private static BigDecimal exactShare(List<ActivityParts> roadmap) {
		MathContext context = MathContext.DECIMAL128;
		BigDecimal done = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (ActivityParts activity : roadmap) {
			List<Part> kept = activity.milestones().stream().filter(p -> p.status() != DROPPED).toList();
			if (activity.ownStatus() == DROPPED || (!activity.milestones().isEmpty() && kept.isEmpty())) {
				continue;
			}
			BigDecimal share;
			if (kept.isEmpty()) {
				share = activity.ownStatus() == DONE ? BigDecimal.ONE : BigDecimal.ZERO;
			}
			else {
				int keptWeight = kept.stream().mapToInt(Part::weight).sum();
				int doneWeight = kept.stream().filter(p -> p.status() == DONE).mapToInt(Part::weight).sum();
				share = BigDecimal.valueOf(doneWeight).divide(BigDecimal.valueOf(keptWeight), context);
			}
			done = done.add(share.multiply(BigDecimal.valueOf(activity.weight())));
			total = total.add(BigDecimal.valueOf(activity.weight()));
		}
		return total.signum() == 0 ? BigDecimal.ZERO : done.divide(total, context);
	}

	private static boolean allDone(List<ActivityParts> roadmap) {
		return exactShare(roadmap).compareTo(BigDecimal.ONE) == 0;
	}
}
