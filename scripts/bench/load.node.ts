/**
 * The machine's load, read beside each figure: the bench runs on a machine shared with other work,
 * so a figure means little without how busy the machine was when it was taken.
 */
import { loadavg } from "node:os";

/** The one-minute load average, to two places. */
export const loadNow = (): number => Math.round((loadavg()[0] ?? Number.NaN) * 100) / 100;
