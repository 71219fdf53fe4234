/**
 * The sandboxed iframe that hosts learner workers. `sandbox="allow-scripts"` without
 * `allow-same-origin` gives it an opaque origin: code in it cannot read the site's storage,
 * cookies or DOM. It relays messages between the page and the current worker over a port it
 * hands to the page when it starts (see relay-source.ts).
 */
import { relayDocument } from "./relay-source.ts";

/** A message from the relay. */
export interface RelayMessage {
  type?: "pong";
  runId?: number;
  event?: unknown;
}

/** A started relay: its iframe, and the only channel it takes orders from. */
export interface SandboxFrame {
  frame: HTMLIFrameElement;
  port: MessagePort;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Creates the hidden relay iframe and resolves with its port once its script is listening. */
export function createSandboxFrame(onMessage: (message: RelayMessage) => void): Promise<SandboxFrame> {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Code runner sandbox";
  frame.style.display = "none";
  const token = randomToken();
  frame.srcdoc = relayDocument(token, randomToken());
  return new Promise((resolve) => {
    const receive = (message: MessageEvent<unknown>) => {
      // Only the relay's own window, with the token it was given, hands over the port; its origin
      // is "null", so the source is what identifies it.
      if (message.source !== frame.contentWindow) return;
      const data = message.data as { type?: unknown; token?: unknown } | null;
      const [port] = message.ports;
      if (data?.type !== "relay" || data.token !== token || port === undefined) return;
      window.removeEventListener("message", receive);
      port.onmessage = (event: MessageEvent<unknown>) => {
        if (typeof event.data === "object" && event.data !== null) onMessage(event.data);
      };
      resolve({ frame, port });
    };
    window.addEventListener("message", receive);
    document.body.append(frame);
  });
}
