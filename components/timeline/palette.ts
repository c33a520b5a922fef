import { OTHER_KEY } from "@/lib/goals/timeline-periods";

// Okabe–Ito and Tableau hues, ordered so neighbouring stacks differ for colour-blind readers too.
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#4E79A7", "#B07AA1", "#59A14F", "#9C755F", "#EDC948"];

export function seriesColour(key: string, index: number): string {
  return key === OTHER_KEY ? "#94a3b8" : COLOURS[index % COLOURS.length];
}
