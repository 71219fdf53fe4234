/**
 * Downloads what Python in the page needs, once per visit, with progress: the manifest (never
 * cached), then Pyodide's versioned files and the site-packages zip, kept in the Cache API so a
 * later page, or a later visit offline, boots without downloading them again.
 */
import { manifestBytes, pythonManifestUrl, type PythonManifest } from "./python-files.ts";

/** Python's files in hand, ready to hand to a worker. */
export interface PythonFiles {
  manifest: Extract<PythonManifest, { available: true }>;
  files: Record<string, ArrayBuffer>;
  sitePackages: ArrayBuffer;
}

/** Python cannot run on this page, and why (the reason is the build's or the browser's). */
export class PythonUnavailableError extends Error {
  /** Which it was: the page words each differently. */
  readonly why: "not-built" | "no-jspi" | "download-failed" | "boot-failed" | "stopped-starting";

  constructor(why: PythonUnavailableError["why"], message: string, options?: ErrorOptions) {
    super(message, options);
    this.why = why;
    this.name = "PythonUnavailableError";
  }
}

/** Bytes so far and in all, for "Preparing Python: 6 of 14 MB". */
export type DownloadProgress = (loaded: number, total: number) => void;

const cacheName = "python-in-page";

async function cachedResponse(url: string): Promise<Response> {
  const cache =
    typeof caches === "undefined" ? undefined : await caches.open(cacheName).catch(() => undefined);
  const hit = await cache?.match(url);
  if (hit !== undefined) return hit;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
  if (cache !== undefined) await cache.put(url, response.clone()).catch(() => undefined);
  return response;
}

async function readWithProgress(response: Response, onBytes: (count: number) => void): Promise<ArrayBuffer> {
  if (response.body === null) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    onBytes(value.length);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole.buffer;
}

/** True where WebAssembly can suspend on a promise (JSPI), which a faithful asyncio.run needs. */
export function hasJspi(): boolean {
  return typeof (WebAssembly as { Suspending?: unknown }).Suspending === "function";
}

/** Fetches the manifest and every file, reporting bytes as they arrive. */
export async function downloadPythonFiles(onProgress: DownloadProgress): Promise<PythonFiles> {
  if (!hasJspi())
    throw new PythonUnavailableError("no-jspi", "This browser cannot suspend WebAssembly (JSPI).");
  let manifest: PythonManifest;
  try {
    const response = await fetch(pythonManifestUrl, { cache: "no-cache" });
    if (!response.ok) throw new Error(`${pythonManifestUrl} answered ${response.status}.`);
    manifest = (await response.json()) as PythonManifest;
  } catch (error) {
    throw new PythonUnavailableError("not-built", error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  if (!manifest.available) throw new PythonUnavailableError("not-built", manifest.reason);
  const available = manifest;
  const total = manifestBytes(available);
  let loaded = 0;
  onProgress(0, total);
  const count = (bytes: number) => onProgress((loaded += bytes), total);
  try {
    const named = Object.entries(available.files);
    const [sitePackages, ...buffers] = await Promise.all([
      cachedResponse(available.sitePackages.url).then((response) => readWithProgress(response, count)),
      ...named.map(([, file]) =>
        cachedResponse(file.url).then((response) => readWithProgress(response, count)),
      ),
    ]);
    const files = Object.fromEntries(
      named.map(([name], index) => [name, buffers[index] ?? new ArrayBuffer(0)]),
    );
    return { manifest: available, files, sitePackages };
  } catch (error) {
    throw new PythonUnavailableError(
      "download-failed",
      error instanceof Error ? error.message : String(error),
      { cause: error },
    );
  }
}
