/**
 * Whether this is the exhaustive run (`npm run test:full`, TEST_FULL=1). `npm test` holds every fact
 * once; the full run repeats the live passes that hold the same facts again on another host.
 */
export const fullRun = process.env["TEST_FULL"] === "1";
