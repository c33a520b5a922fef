import { HATCH, STATUS_BAR } from "./status-style";

/** What the colours, the hatching and the red line mean. */
export function GanttLegend() {
  const swatch = "inline-block h-3 w-5 rounded-sm align-middle";
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted" aria-label="Legend">
      <li>
        <span className={`${swatch} ${STATUS_BAR.active}`} /> Active
      </li>
      <li>
        <span className={`${swatch} ${STATUS_BAR.upcoming}`} /> Upcoming
      </li>
      <li>
        <span className={`${swatch} ${STATUS_BAR.ended}`} /> Ended
      </li>
      <li>
        <span className={`${swatch} border border-dashed border-timeline-gap-border`} style={HATCH} /> No target for that assignee
      </li>
      <li>
        <span className="inline-block h-3 w-0.5 bg-today align-middle" /> Today
      </li>
    </ul>
  );
}
