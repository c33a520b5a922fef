import type { Target } from "@/lib/goals/model";
import type { GoalsDataset } from "./contracts";
import { type PackedRecords, packRecords, unpackRecords } from "./packed-records";

type ReadyDataset = Extract<GoalsDataset, { status: "ready" }>;

/** A ready dataset with its targets packed: the form the goal list and timeline pages inline. */
export type PackedDataset = Omit<ReadyDataset, "targets"> & { targets: PackedRecords };

export function packDataset(dataset: ReadyDataset): PackedDataset | null {
  const targets = packRecords(dataset.targets);
  return targets && { ...dataset, targets };
}

export function unpackDataset(packed: PackedDataset): ReadyDataset {
  return { ...packed, targets: unpackRecords<Target>(packed.targets) };
}
