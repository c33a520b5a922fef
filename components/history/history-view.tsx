import type { Figures } from "@/lib/goals/views/answer";
import type { BoardHistory } from "@/lib/goals/views/leaderboard-state";
import type { HistoryText } from "@/lib/goals/views/leaderboard-state";
import { fillClass } from "@/components/status/status-style";
import { hitText } from "./hit-text";

interface Props {
  history: BoardHistory;
  /** Its figures and column dates as text (boardText.ts). */
  text: HistoryText;
  /** What a column is, singular: "month", "quarter", "period". */
  noun: string;
  /** Names the table for screen readers and tests. */
  label: string;
  testId: string;
  /** What a row counts, for the empty line: "target" (default), "team target". */
  what?: string;
  /** A longer column to offer when no target fits in one of these (quarterly quotas shown by month). */
  longer?: { noun: string; choose: () => void };
}

/** Bars are drawn up to this multiple of the target, so one record month does not flatten the rest. */
const CAP = 1.5;

/** One person's or team's attainment per column, as bars against a 100% line. */
function Sparkbars({ cells, label }: { cells: (Figures | null)[]; label: string }) {
  const width = 100 / Math.max(cells.length, 1);
  return (
    <svg viewBox="0 0 100 40" preserveAspectRatio="none" className="h-12 w-full" role="img" aria-label={label}>
      {cells.map((cell, i) => {
        const ratio = cell?.attainmentToDate ?? null;
        if (ratio === null) return <rect key={i} x={i * width + width * 0.15} y={38} width={width * 0.7} height={2} className="fill-status-none-bar" />;
        const height = (Math.min(Math.max(ratio, 0), CAP) / CAP) * 40;
        return <rect key={i} x={i * width + width * 0.15} y={40 - height} width={width * 0.7} height={height} className={fillClass(cell!.status)} />;
      })}
      <line x1={0} x2={100} y1={40 - 40 / CAP} y2={40 - 40 / CAP} strokeDasharray="2 2" className="stroke-chart-axis" strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/**
 * Attainment history as small multiples (one card per person or team, every card on the same
 * scale) and as a table with every percentage, so the chart can be read exactly.
 */
export function HistoryView({ history, text, noun, label, testId, what = "target", longer }: Props) {
  const { columns, rows } = history;
  if (columns.length === 0) return <p className="text-sm text-fg-subtle">No {noun} is over yet, so there is no history to show.</p>;
  if (rows.length === 0 && longer) {
    return (
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-fg-subtle" data-testid={`${testId}-longer`}>
        No {what} lies within a single {noun}.
        <button type="button" className="min-h-11 rounded-md border border-line-strong bg-surface px-3 text-fg hover:bg-surface-muted md:min-h-0 md:py-1" onClick={longer.choose}>
          Show each {longer.noun}
        </button>
      </p>
    );
  }
  if (rows.length === 0) return <p className="text-sm text-fg-subtle">No {what} lies within a single {noun} here; try longer columns.</p>;
  const { spans } = text;
  return (
    <div className="space-y-4" data-testid={testId}>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={`${label}: small multiples`}>
        {rows.map((row, r) => (
          <li key={row.contender.key} className="rounded-xl border border-line bg-surface p-3" data-testid="history-card" data-name={row.contender.name}>
            <p className="font-medium">{row.contender.name}</p>
            <p className="text-xs text-fg-subtle" data-testid="history-hits">
              {hitText(row, columns.length, noun)}
            </p>
            <Sparkbars cells={row.cells} label={`${row.contender.name}: ${text.cells[r].map((cell, i) => `${spans[i]} ${cell ?? "no result"}`).join(", ")}`} />
            <p className="flex justify-between text-[10px] text-fg-subtle" aria-hidden="true">
              <span>{spans[0]}</span>
              <span>{spans[spans.length - 1]}</span>
            </p>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full border-collapse text-sm" data-testid={`${testId}-table`}>
          <caption className="sr-only">{label}</caption>
          <thead className="bg-surface-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-subtle">
                Who
              </th>
              {spans.map((span, i) => (
                <th key={i} scope="col" className="whitespace-nowrap px-3 py-2 text-right text-xs font-semibold text-fg-subtle" data-testid="history-column">
                  {span}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide text-fg-subtle">
                Hit target
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.contender.key} className="border-t border-line-subtle" data-testid="history-row" data-name={row.contender.name}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                  {row.contender.name}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className="px-3 py-2 text-right tabular-nums" data-testid="history-cell" data-outcome={cell?.outcome ?? ""}>
                    {cell === null ? "—" : cell.attainmentToDate === null ? <span className="text-fg-subtle">No data</span> : text.cells[r][i]}
                  </td>
                ))}
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-testid="history-hit-count">
                  {row.hits} of {row.results}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
