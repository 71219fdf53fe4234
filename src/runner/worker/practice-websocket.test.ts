import { describe, expect, it } from "vitest";
import { createPracticeWebSocket } from "./practice-websocket.ts";

function counter() {
  let open = 0;
  return { begin: () => void (open += 1), end: () => void (open -= 1), open: () => open };
}

describe("practice WebSocket", () => {
  it("echoes messages on the practice echo address, then closes cleanly", async () => {
    const track = counter();
    const Socket = createPracticeWebSocket(track);
    const socket = new Socket("ws://localhost:8787/ws/echo");
    await new Promise((resolve) => (socket.onopen = resolve));
    const echoed = new Promise<unknown>((resolve) =>
      socket.addEventListener("message", (e) => resolve((e as MessageEvent).data)),
    );
    socket.send("hello");
    expect(await echoed).toBe("hello");
    const closed = new Promise<CloseEvent>((resolve) => (socket.onclose = resolve));
    socket.close();
    expect((await closed).code).toBe(1000);
    expect(track.open()).toBe(0);
  });

  it("fails to connect anywhere else", async () => {
    const track = counter();
    const Socket = createPracticeWebSocket(track);
    const socket = new Socket("ws://localhost:9999/");
    const events: string[] = [];
    socket.onerror = () => events.push("error");
    await new Promise((resolve) => (socket.onclose = resolve));
    expect(events).toEqual(["error"]);
    expect(socket.readyState).toBe(3);
    expect(track.open()).toBe(0);
  });
});
