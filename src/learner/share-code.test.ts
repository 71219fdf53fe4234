import { describe, expect, it } from "vitest";
import { decodeSharedCode, encodeSharedCode, MAX_SHARE_CHARACTERS } from "./share-code.ts";

describe("share codes", () => {
  it.each([
    ["plain code", 'console.log("hi");'],
    ["unicode and newlines", "// 你好 ≈1.0s\nconst a = `x`;\n"],
    ["empty", ""],
  ])("round-trips %s", async (_, code) => {
    const packed = await encodeSharedCode(code);
    expect(packed).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(await decodeSharedCode(packed)).toEqual({ ok: true, code });
  });

  it("compresses repetitive code well", async () => {
    const code = 'console.log("again");\n'.repeat(200);
    expect((await encodeSharedCode(code)).length).toBeLessThan(code.length / 10);
  });

  it.each([
    ["characters outside base64url", "abc$%^"],
    ["valid base64 that is not deflate", "SGVsbG8gd29ybGQ"],
    ["truncated data", "y0_P"],
  ])("reports %s as malformed", async (_, packed) => {
    expect(await decodeSharedCode(packed)).toEqual({ ok: false, error: "malformed" });
  });

  it("refuses an over-long link before decoding it", async () => {
    expect(await decodeSharedCode("a".repeat(MAX_SHARE_CHARACTERS + 1))).toEqual({
      ok: false,
      error: "too-long",
    });
  });

  it("refuses a small link that inflates past the size limit", async () => {
    const bomb = await encodeSharedCode("x".repeat(200_000));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARACTERS);
    expect(await decodeSharedCode(bomb)).toEqual({ ok: false, error: "too-large" });
  });
});
