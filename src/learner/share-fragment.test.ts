import { describe, expect, it } from "vitest";
import { readShareFragment } from "./share-fragment.ts";

describe("readShareFragment", () => {
  it.each([
    ["a share link", "#share=await-one~eJzL~x", { id: "await-one", code: "eJzL~x" }],
    ["no separator", "#share=await-one", { id: "", code: "" }],
    ["an ordinary anchor", "#two-tasks", undefined],
    ["no fragment", "", undefined],
  ])("reads %s", (_name, hash, expected) => {
    expect(readShareFragment(hash)).toEqual(expected);
  });
});
