import { NotFoundNotice } from "@/components/states/not-found-notice";

/** A goal id that is malformed or unknown to the portal (when scripts render it after Next's error shell). */
export default function GoalNotFound() {
  return <NotFoundNotice missing="goal" />;
}
