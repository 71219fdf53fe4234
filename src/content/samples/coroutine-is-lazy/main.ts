const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function greet(name: string): Promise<string> {
  console.log(`greet: first line runs for ${name}`);
  await sleep(100);
  console.log("greet: back after its await");
  return `hello, ${name}`;
}

console.log("main: calling greet()");
// Runs greet at once, up to its first await.
const pending = greet("Ada");
console.log(`main: greet() returned a ${pending.constructor.name}`);
console.log("main: now awaiting it");
const result = await pending;
console.log(`main: got ${result}`);
