import type { Metadata } from "next";
import { WallPage } from "@/components/wall/wall-page";

export const metadata: Metadata = { title: "Wallboard" };

export default function Page() {
  return <WallPage />;
}
