/** Runs once when the server process starts (Next.js instrumentation). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardUnroutableMethods } = await import("@/lib/api/method-guard");
  guardUnroutableMethods();
}
