import type { Metadata } from "next";

export const metadata: Metadata = { title: "Goals" };

export default function GoalsPage() {
  return <h1 className="text-2xl font-semibold">Goals</h1>;
}
