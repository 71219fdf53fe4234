/**
 * SHA-256 of a text, in hex: how a runner check record names the preload it was made with, so a
 * replay can tell that the preload has changed since.
 */
import { createHash } from "node:crypto";

/** The hex SHA-256 of `text` as UTF-8. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
