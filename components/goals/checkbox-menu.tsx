"use client";

import { useId, useRef } from "react";
import { CONTROL } from "./control-style";
import { useDismiss } from "./use-dismiss";

interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  /** Undefined while they are on their way. */
  options: readonly Option[] | undefined;
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Owned by the filter bar, so opening one menu closes the others instead of stacking them. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** A compact multi-select: a disclosure button and a panel of labelled checkboxes. */
export function CheckboxMenu({ label, options, selected, onChange, open, onOpenChange }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useDismiss(rootRef, buttonRef, open, () => onOpenChange(false));
  const chosen = new Set(selected);
  const toggle = (value: string) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    // In the order offered; a value the link named that is not offered (yet) stays chosen.
    const offered = (options ?? []).map((o) => o.value);
    onChange([...offered.filter((v) => next.has(v)), ...[...next].filter((v) => !offered.includes(v))]);
  };
  // Tabbing past the last checkbox leaves the menu; a panel left open would cover what gets focus next.
  const onBlur = (event: React.FocusEvent) => {
    if (event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) onOpenChange(false);
  };
  return (
    <div ref={rootRef} className="relative" onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
        className={`${CONTROL} px-3 hover:bg-surface-subtle`}
      >
        {label}
        {chosen.size > 0 && (
          <>
            <span aria-hidden="true" className="ml-1 rounded-full bg-accent px-1.5 text-xs text-on-fill">
              {chosen.size}
            </span>
            <span className="sr-only">, {chosen.size} selected</span>
          </>
        )}
        <span aria-hidden="true" className="ml-1 text-fg-subtle">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <fieldset id={panelId} hidden={!open} className="absolute z-30 mt-1 max-h-72 w-64 overflow-auto rounded-md border border-line bg-surface p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {/* Options are drawn only while open: a portal's owner list can run to hundreds, and every
            page with a filter bar would otherwise send, parse and hydrate them all, unseen. */}
        {open && options === undefined && (
          <p role="status" className="px-1 py-1 text-sm text-fg-subtle">
            Loading…
          </p>
        )}
        {open && options?.length === 0 && <p className="px-1 py-1 text-sm text-fg-subtle">Nothing to choose from.</p>}
        {open && options?.map((option) => {
          const id = `${label}-${option.value}`.replace(/[^a-zA-Z0-9_-]/g, "-");
          return (
            <div key={option.value} className="flex items-center gap-2 rounded px-1 py-1 hover:bg-surface-subtle">
              <input id={id} type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
              <label htmlFor={id} className="text-sm">
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
