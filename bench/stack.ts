import path from "node:path";
import { freePort } from "../e2e/ports";
import { emulatorEnv, waitForApp } from "../scripts/stack";
import { ROOT, resultsFile } from "./paths";
import { startChild, waitForLine, type Child } from "./processes";

export interface BenchStackOptions {
  /** Names the log files: bench/results/<name>-emulator.log and <name>-app.log. */
  name: string;
  distDir: string;
  /** Pad the demo portal to this many targets; undefined = demo data as shipped. */
  targets: number | undefined;
  appEnv?: Record<string, string>;
}

/**
 * The emulator and `next start` of the bench build, each in its own process: the bench's own
 * timing loop must not share an event loop with either server it measures.
 */
export class BenchStack {
  private app!: Child;
  appUrl = "";
  /** From starting the emulator's process until it listened: Node, its loader and seeding the portals. */
  emulatorReadyMs = 0;

  private constructor(
    private readonly options: BenchStackOptions,
    private readonly emulator: Child,
    readonly emulatorUrl: string,
    private readonly appPort: number,
    private readonly secret: string,
  ) {}

  static async start(options: BenchStackOptions): Promise<BenchStack> {
    const started = Date.now();
    const emulator = startChild(`${options.name} emulator`, process.execPath, ["--import", "tsx", "emulator/cli.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        EMULATOR_PORT: "0",
        EMULATOR_QUIET: "1",
        ...(options.targets ? { EMULATOR_TARGETS: String(options.targets) } : {}),
      },
      logFile: resultsFile(`${options.name}-emulator.log`),
    });
    const [, url] = await waitForLine(emulator, /listening on (http:\/\/\S+)/, 120_000);
    const stack = new BenchStack(options, emulator, url, await freePort(), `bench-${Date.now()}-${Math.random().toString(36).slice(2)}-secret`);
    stack.emulatorReadyMs = Date.now() - started;
    try {
      await stack.startApp();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /** PID of the next-server process (`next start` serves from the process it runs in). */
  get appPid(): number {
    return this.app.pid;
  }

  /** A fresh app process: empty in-memory cache, same secret, so existing session cookies stay valid. */
  async restartApp(): Promise<void> {
    await this.app.stop();
    await this.startApp();
  }

  async stop(): Promise<void> {
    await this.app?.stop();
    await this.emulator.stop();
  }

  private async startApp(): Promise<void> {
    this.appUrl = `http://127.0.0.1:${this.appPort}`;
    const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    this.app = startChild(`${this.options.name} app`, process.execPath, [nextBin, "start", "-p", String(this.appPort), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...emulatorEnv(this.emulatorUrl, this.appUrl),
        NEXTAUTH_SECRET: this.secret,
        NEXT_DIST_DIR: this.options.distDir,
        NODE_ENV: "production",
        ...this.options.appEnv,
      },
      logFile: resultsFile(`${this.options.name}-app.log`),
    });
    await Promise.race([
      waitForApp(this.appUrl),
      new Promise((_, reject) => this.app.process.once("exit", (code) => reject(new Error(`next start exited (${code}); see bench/results/${this.options.name}-app.log`)))),
    ]);
  }
}
