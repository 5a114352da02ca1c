// Preloaded into the service by `npm run load` (NODE_OPTIONS=--import): SIGUSR2 runs a full
// garbage collection, so that the memory read next is what the service holds, not garbage V8
// has not yet had a reason to collect.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc");
process.on("SIGUSR2", () => collect());
