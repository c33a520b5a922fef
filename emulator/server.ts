import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Lifecycle } from "./lifecycle";
import { resolveOptions, type EmulatorOptions } from "./options";
import { createHandler } from "./routing/handler";
import { EmulatorState } from "./state";

export type { EmulatorOptions } from "./options";

export interface RunningEmulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:54321. */
  url: string;
  port: number;
  /** Stops listening and destroys open sockets, including requests left hanging by a fault. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  const state = new EmulatorState(resolved);
  const lifecycle = new Lifecycle();
  const sockets = new Set<Socket>();
  let baseUrl = "";
  const server = createServer(createHandler({ state, lifecycle, baseUrl: () => baseUrl, quiet: resolved.quiet }));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${urlHost(resolved.host)}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      lifecycle.close();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
    }));

  return { url: baseUrl, port, close };
}
