// @ts-check
// The bench's Starlight twin (issue 22): Starlight as it ships, with one of our chapters' prose,
// which scripts/bench/starlight-twin.node.ts writes into src/content/docs/ before each build. It is
// served under /bench-starlight/ beside our built site, so both come from one server.
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  base: "/bench-starlight",
  trailingSlash: "always",
  integrations: [starlight({ title: "Async tour (Starlight twin)" })],
});
