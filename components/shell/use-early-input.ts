"use client";

import { useEffect, useRef, type ChangeEvent } from "react";

/*
 * Fields someone used while the page was still plain HTML. Hydration leaves such a field as they
 * left it, but the state behind it (the URL) still holds the server's value, so the view ignored
 * the input until the next keystroke. Each hook below gives a field (or a radio group) its change
 * handler and, once when it mounts, compares what the field shows with what its first render asked
 * it to show; a difference can only be someone's input, and goes to the same setter. A field React
 * created itself always shows its render, so only hydrated fields can differ.
 */

/**
 * What a text, search or date input shows for `value`: the browser cleans it (an impossible date
 * shows empty, a search drops line breaks). Not right for number or range inputs, which also clamp.
 */
function shownBy(field: HTMLInputElement, value: string): string {
  const scratch = document.createElement("input");
  scratch.type = field.type;
  scratch.value = value;
  return scratch.value;
}

/** Runs `check` once on the element its ref is given to, when it mounts, with the first render's values. */
function useMountCheck<E extends Element>(check: (element: E) => void) {
  const ref = useRef<E>(null);
  // The first render's closure: that render is what the mounted element shows.
  const firstCheck = useRef(check);
  // Once, even where development mode runs effects twice.
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ref.current) return;
    done.current = true;
    firstCheck.current(ref.current);
  }, []);
  return ref;
}

/** A text, search or date input, or a select, rendered with `value`; `set` receives its value. */
export function useValueField<E extends HTMLInputElement | HTMLSelectElement>(value: string, set: (value: string) => void) {
  const ref = useMountCheck<E>((field) => {
    let shown: string;
    if (field instanceof HTMLSelectElement) {
      const options = [...field.options];
      // A value no option has leaves the browser showing its first enabled option.
      shown = options.some((option) => option.value === value) ? value : (options.find((option) => !option.disabled)?.value ?? "");
    } else {
      shown = shownBy(field, value);
    }
    if (field.value !== shown) set(field.value);
  });
  return { ref, onChange: (event: ChangeEvent<E>) => set(event.target.value) };
}

/** A checkbox rendered with `checked`; `set` receives whether it is checked. */
export function useCheckedField(checked: boolean, set: (checked: boolean) => void) {
  const ref = useMountCheck<HTMLInputElement>((box) => {
    if (box.checked !== checked) set(box.checked);
  });
  return { ref, onChange: (event: ChangeEvent<HTMLInputElement>) => set(event.target.checked) };
}

/** A radio group rendered with `value` checked: give the ref to the radios' container. */
export function useChoiceGroup<E extends HTMLElement>(value: string, choose: (value: string) => void) {
  return useMountCheck<E>((group) => {
    const picked = group.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (picked && picked.value !== value) choose(picked.value);
  });
}
