/**
 * A throwaway redis-server for tests: a child process on a free loopback port, no persistence, so
 * a test can stop it mid-run (to prove Goalboard falls back to memory) and start it again on the
 * same port (to prove Goalboard reconnects).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createConnection, createServer } from "node:net";

export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (SIGTERM, which Redis turns into a clean shutdown) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER_PATH ?? "redis-server";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server answers PING with PONG on a raw socket (no client library involved). */
async function waitForPong(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} before it was ready`);
    const answered = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" });
      socket.setTimeout(500);
      socket.once("connect", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (answered) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs} ms`);
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    if (child && child.exitCode === null) return;
    const output: string[] = [];
    child = spawn(BINARY, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
    const spawned = child;
    const failed = new Promise<never>((_, reject) =>
      spawned.once("error", (error) =>
        reject(
          new Error(
            `Could not start ${BINARY} (${error.message}). The Redis tests need Debian's redis-server package: ` +
              "`sudo apt-get install redis-server` (npm test installs it when run as root), or set REDIS_SERVER_PATH.",
          ),
        ),
      ),
    );
    try {
      await Promise.race([waitForPong(port, spawned), failed]);
    } catch (error) {
      spawned.kill("SIGKILL");
      throw new Error(`${(error as Error).message}\n${output.join("")}`);
    }
  };

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return { port, url: `redis://127.0.0.1:${port}`, stop, start };
}
