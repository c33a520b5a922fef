import "server-only";
import pino from "pino";

/**
 * One structured logger for the server. Redaction is belt and braces: nothing should hand a token
 * to the logger, but if a header object or grant slips into a log call it is masked, not written.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "goalboard" },
  redact: {
    paths: [
      "authorization",
      "*.authorization",
      "headers.authorization",
      "*.headers.authorization",
      "accessToken",
      "refreshToken",
      "*.accessToken",
      "*.refreshToken",
      "access_token",
      "refresh_token",
      "*.access_token",
      "*.refresh_token",
      "grant",
      "*.grant",
    ],
    censor: "[redacted]",
  },
});
