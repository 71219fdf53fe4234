/**
 * The one place the real WebContainer API is booted, for the pages' runtime and for the runner
 * check. A site served from anywhere but localhost may need StackBlitz's client id (its "API key",
 * with the site on the key's allowed list): `configureAPIKey` puts it on the runtime frame's URL and
 * throws once a boot has been called, so it is passed here exactly once, before the first boot, and
 * only when the build set `PUBLIC_WEBCONTAINER_CLIENT_ID`.
 */
import { configureAPIKey, WebContainer } from "@webcontainer/api";

/** The client id the site was built with, or undefined when none was set. */
export function buildClientId(): string | undefined {
  const value: unknown = import.meta.env["PUBLIC_WEBCONTAINER_CLIENT_ID"];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

let clientIdPassed = false;

/** Boots one container with the COEP the site sends and the workdir the host's stacks expect. */
export function bootRealWebContainer(clientId = buildClientId()): Promise<WebContainer> {
  if (clientId !== undefined && !clientIdPassed) {
    configureAPIKey(clientId);
    clientIdPassed = true;
  }
  return WebContainer.boot({ coep: "require-corp", workdirName: "async-tour" });
}
