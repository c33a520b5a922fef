"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { hasHydrated } from "./after-hydration";

/*
 * Fields someone used while the page was still plain HTML. Hydration leaves such a field as they
 * left it, but the state behind it (the URL) still holds the server's value, so the view ignored
 * the input until the next keystroke. Each hook below gives a field (or a radio group) its change
 * handler and, once right after hydration, hands the handler's setter whatever the person changed.
 * A field first drawn in the browser (a client-side navigation, data that arrived later) is never
 * checked: nobody can have used it before it existed, and a field React creates carries no
 * server defaults to compare with.
 */

/** What the field shows now, as the browser would clean the server's value (an impossible date shows empty). */
function cleaned(field: HTMLInputElement, raw: string): string {
  const scratch = document.createElement("input");
  scratch.type = field.type;
  scratch.value = raw;
  return scratch.value;
}

/** Runs `check` on the element once, after the hydration that found it in the server's HTML. */
function useHydrationCheck<E extends Element>(check: (element: E) => void) {
  const ref = useRef<E>(null);
  const [hydrating] = useState(() => !hasHydrated());
  // The first render's callback: the check runs in that render's effect.
  const firstCheck = useRef(check);
  useEffect(() => {
    if (hydrating && ref.current) firstCheck.current(ref.current);
  }, [hydrating]);
  return ref;
}

/** A text, date or search input, or a select: its value is what `set` receives. */
export function useValueField<E extends HTMLInputElement | HTMLSelectElement>(set: (value: string) => void) {
  const ref = useHydrationCheck<E>((field) => {
    let sent: string;
    if (field instanceof HTMLSelectElement) {
      const options = [...field.options];
      // With no option marked selected the browser shows the first one.
      sent = (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? "";
    } else {
      sent = cleaned(field, field.defaultValue);
    }
    if (field.value !== sent) set(field.value);
  });
  return { ref, onChange: (event: ChangeEvent<E>) => set(event.target.value) };
}

/** A checkbox: whether it is checked is what `set` receives. */
export function useCheckedField(set: (checked: boolean) => void) {
  const ref = useHydrationCheck<HTMLInputElement>((box) => {
    if (box.checked !== box.defaultChecked) set(box.checked);
  });
  return { ref, onChange: (event: ChangeEvent<HTMLInputElement>) => set(event.target.checked) };
}

/** A group of radio buttons: give the ref to their container; `choose` receives the value picked early. */
export function useChoiceGroup<E extends HTMLElement>(choose: (value: string) => void) {
  return useHydrationCheck<E>((group) => {
    const picked = group.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (picked && !picked.defaultChecked) choose(picked.value);
  });
}
