import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { sleep } from "./stats";

/**
 * Child processes the bench starts, each with its output in a log file. Only these PIDs are ever
 * signalled: other people's servers run on the same machine.
 */
export class Child {
  private exited: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => process.once("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.process.kill("SIGTERM");
    const done = await Promise.race([this.exited.then(() => true), sleep(5000).then(() => false)]);
    if (!done && this.running) {
      this.process.kill("SIGKILL");
      await this.exited;
    }
  }
}

const started = new Set<Child>();

export function startChild(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Child {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const proc = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  proc.stdout?.pipe(log, { end: false });
  proc.stderr?.pipe(log, { end: false });
  const child = new Child(name, proc);
  started.add(child);
  proc.once("exit", () => started.delete(child));
  return child;
}

/** Stops whatever the bench started and is still running (on errors and Ctrl+C too). */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((child) => child.stop()));
}

/** Resolves with the first line of the child's standard output that matches, or fails on exit or timeout. */
export function waitForLine(child: Child, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => fail(new Error(`${child.name} printed nothing matching ${pattern} within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) finish(() => resolve(match));
    };
    const onExit = (code: number | null) => fail(new Error(`${child.name} exited (${code}) before it was ready; see its log`));
    const finish = (then: () => void) => {
      clearTimeout(timer);
      child.process.stdout?.off("data", onData);
      child.process.off("exit", onExit);
      then();
    };
    const fail = (error: Error) => finish(() => reject(error));
    child.process.stdout?.on("data", onData);
    child.process.once("exit", onExit);
  });
}
