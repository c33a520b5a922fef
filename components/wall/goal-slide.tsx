import type { DirectoryIndex } from "@/lib/goals/assignees";
import { FIGURES, verdictName } from "@/lib/goals/figures";
import { type Goal, targetsOf } from "@/lib/goals/goal";
import { contendersOf, leaderboard, type RankBy } from "@/lib/goals/leaderboard";
import { shownBoard } from "@/lib/goals/views/leaderboard-board";
import { isAtRisk } from "@/lib/goals/at-risk";
import { standingOf } from "@/lib/goals/standing";
import { type Formatters } from "@/lib/goals/formatters";
import { LOCALE } from "@/lib/goals/locale";
import { formatMoney } from "@/lib/goals/format";
import { humanize } from "@/lib/goals/labels";
import { gapText, neededText, noProjectionText } from "@/lib/goals/views/projection-text";
import { RiskBadge } from "@/components/projection/risk-badge";
import { WallBadge } from "./wall-badge";
import { WallLeaders } from "./wall-leaders";

interface Props {
  goal: Goal;
  index: DirectoryIndex;
  now: number;
  fmt: Formatters;
  by: RankBy;
  threshold: number;
}

function Tile({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <div className="flex min-h-0 flex-col justify-center rounded-[0.6em] bg-current/5 px-[0.8em] py-[0.5em]">
      <p className="text-[0.85em] opacity-75">{label}</p>
      <div className="text-[2.2em] font-bold leading-tight tabular-nums" data-testid={testId}>
        {children}
      </div>
    </div>
  );
}

/** One goal on the wall: where everyone stands and will land, and who leads. */
export function GoalSlide({ goal, index, now, fmt, by, threshold }: Props) {
  const context = { now, timeZone: fmt.timeZone };
  const judgement = { metricType: goal.metricType, direction: goal.direction };
  const targets = targetsOf(goal);
  const standing = standingOf(targets, context, judgement);
  const board = leaderboard(contendersOf(targets, index), context, { by, judgement });
  const projection = standing.projection;
  // Read from across a room: money in whole units (a projection's cents are noise, not precision).
  const amount = (value: string | null) => (goal.unit === "currency" ? formatMoney(value, goal.currency ?? fmt.currency, LOCALE, true) : fmt.expected(value, goal.unit, goal.currency));
  const lower = goal.direction === "LOWER_IS_BETTER";
  return (
    <div className="grid h-full min-h-0 grid-cols-[minmax(0,1fr)_minmax(0,1.55fr)] gap-[1.2em] portrait:grid-cols-1 portrait:grid-rows-[auto_minmax(0,1fr)]" data-testid="wall-goal" data-goal-id={goal.id}>
      <div className="grid min-h-0 grid-rows-4 gap-[0.6em] portrait:grid-cols-2 portrait:grid-rows-2">
        <Tile label={FIGURES.attainmentToDate.name} testId="wall-attainment">
          {standing.attainmentToDate === null ? "—" : fmt.percentWithin(standing.attainmentToDate, standing)}
        </Tile>
        <Tile label={FIGURES.projectedAttainment.name} testId="wall-projected">
          {projection ? (
            <span className="flex flex-wrap items-center gap-[0.3em]">
              {fmt.projected(standing, threshold)}
              {isAtRisk(projection, goal.direction, threshold) && (
                <span className="text-[0.4em]">
                  <RiskBadge percent={Math.round(threshold * 100)} lower={lower} large />
                </span>
              )}
            </span>
          ) : (
            <span className="block text-[0.55em] font-medium leading-snug opacity-75">None: {noProjectionText(standing)}</span>
          )}
        </Tile>
        <Tile label={projection ? `${FIGURES.projection.name} · ${gapText(projection, goal.unit, amount)}` : FIGURES.projection.name} testId="wall-projection">
          {projection ? amount(projection.value) : "—"}
          {projection && <p className="text-[0.4em] font-normal opacity-75">{neededText(projection, standing, goal.unit, amount)}</p>}
        </Tile>
        <Tile label={verdictName(standing)} testId="wall-pace">
          <span className="text-[0.6em]">
            <WallBadge status={standing.status} />
          </span>
        </Tile>
      </div>
      <WallLeaders board={shownBoard(board, threshold)} fmt={fmt} rows={10} title={`${humanize(goal.cadence)} · ${fmt.period(goal.start, goal.end)}`} testId="wall-leaders" />
    </div>
  );
}
