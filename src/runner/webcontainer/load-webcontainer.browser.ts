/**
 * Boots the real WebContainer and builds the host. Only imported when the page is cross-origin
 * isolated, so pages that cannot use it never download the API. Any failure on the way (boot
 * rejected, an `error` event from the container, the practice server not starting) becomes the
 * typed error the page falls back on, with the specific reason in its message.
 */
import { bootRealWebContainer } from "./boot-real.browser.ts";
import { createWebContainerHost, type ContainerFiles, type ContainerLike } from "./webcontainer-host.ts";
import { RuntimeUnsupportedError, type RunnerHost } from "../types.ts";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status}).`);
  return response.text();
}

async function loadFiles(): Promise<ContainerFiles> {
  const [practiceServer, preload] = await Promise.all([
    fetchText("/runner/practice-server.mjs"),
    fetchText("/runner/preload.mjs"),
  ]);
  return { practiceServer, preload };
}

/** One boot of the real API. */
function boot(): Promise<ContainerLike> {
  return bootRealWebContainer();
}

/** Boots the container, mounts the files and starts the practice server; then returns the host. */
export async function bootWebContainerHost(): Promise<RunnerHost> {
  try {
    return await createWebContainerHost(boot, loadFiles);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RuntimeUnsupportedError(`The WebContainer could not start: ${reason}`, { cause: error });
  }
}
