"use client";

import { useEffect, useRef } from "react";

type Field = HTMLInputElement | HTMLSelectElement;

/** The field's state as the server's HTML set it: its value attribute, checked attribute or selected option. */
function serverState(field: Field): string | boolean {
  if (field instanceof HTMLSelectElement) {
    const options = [...field.options];
    // With no option marked selected the browser shows the first one.
    return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? "";
  }
  return field.type === "checkbox" ? field.defaultChecked : field.defaultValue;
}

/**
 * A field someone typed into or picked from while the page was still plain HTML. Hydration leaves
 * the field as they left it, but the state behind it (the URL) still holds the server's value, so the
 * view ignored the input until the next keystroke. Give the returned ref to the field: once, after
 * hydration, a field that no longer shows what the server sent hands its value (a checkbox: its
 * checked state) to `adopt`.
 */
export function useEarlyInput<E extends Field, V extends string | boolean = string>(adopt: (value: V) => void) {
  const ref = useRef<E>(null);
  // The first render's callback: the effect runs once, right after hydration.
  const adoptFirst = useRef(adopt);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    const now = field instanceof HTMLInputElement && field.type === "checkbox" ? field.checked : field.value;
    if (now !== serverState(field)) adoptFirst.current(now as V);
  }, []);
  return ref;
}
