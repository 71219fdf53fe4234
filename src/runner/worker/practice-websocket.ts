/**
 * A `WebSocket` for the in-browser fallback. `ws://localhost:8787/ws/echo` echoes every message,
 * like the practice server's; any other address fails to connect, as it would with no server.
 */
import { PRACTICE_ORIGIN } from "../practice-server/handler.ts";

const echoUrl = `${PRACTICE_ORIGIN.replace(/^http/, "ws")}/ws/echo`;

/** Builds the class; `track` is told when a socket opens and closes, so the run knows it is busy. */
export function createPracticeWebSocket(track: { begin(): void; end(): void }) {
  return class PracticeWebSocket extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly url: string;
    readyState = 0;
    binaryType: BinaryType = "blob";
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onclose: ((event: CloseEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;

    constructor(url: string | URL) {
      super();
      this.url = String(url);
      track.begin();
      setTimeout(() => {
        if (this.url.replace(/\/$/, "") === echoUrl) {
          this.readyState = 1;
          this.fire(new Event("open"));
        } else {
          this.fire(new Event("error"));
          this.finish(1006, "connection refused: only the practice server's /ws/echo answers here");
        }
      }, 0);
    }

    send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (this.readyState !== 1) throw new DOMException("WebSocket is not open", "InvalidStateError");
      setTimeout(() => {
        if (this.readyState === 1) this.fire(new MessageEvent("message", { data }));
      }, 0);
    }

    close(code = 1000, reason = ""): void {
      if (this.readyState >= 2) return;
      this.readyState = 2;
      setTimeout(() => this.finish(code, reason), 0);
    }

    private finish(code: number, reason: string): void {
      if (this.readyState === 3) return;
      this.readyState = 3;
      this.fire(new CloseEvent("close", { code, reason, wasClean: code === 1000 }));
      track.end();
    }

    private fire(event: Event): void {
      this.dispatchEvent(event);
      const handler = {
        open: this.onopen,
        message: this.onmessage,
        close: this.onclose,
        error: this.onerror,
      }[event.type];
      (handler as ((event: Event) => void) | null)?.call(this, event);
    }
  };
}
