import type { Target } from "@/lib/goals/model";
import type { GoalsDataset } from "./contracts";
import { type PackedRecords, packRecords, unpackRecords } from "./packed-records";

type ReadyDataset = Extract<GoalsDataset, { status: "ready" }>;

/** A ready dataset with its targets packed: the form the goal list and timeline pages inline. */
export type PackedDataset = Omit<ReadyDataset, "targets"> & { targets: PackedRecords };

/**
 * By targets array: the server converts a cached answer once (lib/server/to-targets.ts), and every
 * page request for it would otherwise pack the same list again.
 */
const packedTargets = new WeakMap<readonly Target[], PackedRecords | null>();

export function packDataset(dataset: ReadyDataset): PackedDataset | null {
  let targets = packedTargets.get(dataset.targets);
  if (targets === undefined) {
    targets = packRecords(dataset.targets);
    packedTargets.set(dataset.targets, targets);
  }
  return targets && { ...dataset, targets };
}

export function unpackDataset(packed: PackedDataset): ReadyDataset {
  return { ...packed, targets: unpackRecords<Target>(packed.targets) };
}
