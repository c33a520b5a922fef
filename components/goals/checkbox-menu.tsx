"use client";

interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** A compact multi-select: a disclosure holding labelled checkboxes (keyboard and screen-reader friendly). */
export function CheckboxMenu({ label, options, selected, onChange }: Props) {
  const chosen = new Set(selected);
  const toggle = (value: string) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {label}
        {chosen.size > 0 && <span className="ml-1 rounded-full bg-blue-700 px-1.5 text-xs text-white">{chosen.size}</span>}
        <span aria-hidden="true" className="ml-1 text-slate-500">▾</span>
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-72 w-64 overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {options.length === 0 && <p className="px-1 py-1 text-sm text-slate-600">Nothing to choose from.</p>}
        {options.map((option) => {
          const id = `${label}-${option.value}`.replace(/[^a-zA-Z0-9_-]/g, "-");
          return (
            <div key={option.value} className="flex items-center gap-2 rounded px-1 py-1 hover:bg-slate-50">
              <input id={id} type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
              <label htmlFor={id} className="text-sm">
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
