/**
 * Boots the real WebContainer (once per page) and builds the host. Only imported when the page is
 * cross-origin isolated, so pages that cannot use it never download the API.
 */
import { WebContainer } from "@webcontainer/api";
import { createWebContainerHost } from "./webcontainer-host.ts";
import { RuntimeUnsupportedError, type RunnerHost } from "../types.ts";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status}).`);
  return response.text();
}

/** Boots the container with the COEP the site sends, then mounts and starts the practice server. */
export async function bootWebContainerHost(): Promise<RunnerHost> {
  let container: WebContainer;
  try {
    container = await WebContainer.boot({ coep: "require-corp", workdirName: "async-tour" });
  } catch (error) {
    throw new RuntimeUnsupportedError("The WebContainer could not boot in this browser.", { cause: error });
  }
  const [practiceServer, preload] = await Promise.all([
    fetchText("/runner/practice-server.mjs"),
    fetchText("/runner/preload.mjs"),
  ]);
  return createWebContainerHost(container, { practiceServer, preload });
}
