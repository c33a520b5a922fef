import type { Target } from "@/lib/goals/model";
import { type PackedRecords, packRecords, unpackRecords } from "./packed-records";

/** Any answer that carries a list of targets: the goals dataset, one goal's family. */
type WithTargets = { targets: readonly Target[] };

/** An answer with its targets packed: the form the data pages inline in their HTML. */
export type PackedAnswer<T extends WithTargets> = Omit<T, "targets"> & { targets: PackedRecords };

/**
 * By targets array: the server converts a cached answer once (lib/server/to-targets.ts), and every
 * page request for it would otherwise pack the same list again.
 */
const packedTargets = new WeakMap<readonly Target[], PackedRecords | null>();

/** Null when the targets cannot be packed (keys differ); the caller then inlines them as they are. */
export function packAnswer<T extends WithTargets>(answer: T): PackedAnswer<T> | null {
  let targets = packedTargets.get(answer.targets);
  if (targets === undefined) {
    targets = packRecords(answer.targets);
    packedTargets.set(answer.targets, targets);
  }
  return targets && { ...answer, targets };
}

export function unpackAnswer<T extends WithTargets>(packed: PackedAnswer<T>): T {
  return { ...packed, targets: unpackRecords<Target>(packed.targets) } as unknown as T;
}
