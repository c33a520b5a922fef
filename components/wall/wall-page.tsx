"use client";

import { Wall } from "./wall";
import { useWallParams } from "./wall-params";
import { WallSetup } from "./wall-setup";

/** /wall: the wallboard its URL describes, or a form to describe one. */
export function WallPage() {
  const [options] = useWallParams();
  if (options.goals.length + options.boards.length === 0) return <WallSetup />;
  return <Wall options={options} />;
}
