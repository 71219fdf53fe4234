import { connect, createServer, type Socket } from "node:net";
import { createInterface } from "node:readline";
import { once } from "node:events";

/** The server's side of one connection: answer each line in capitals, until the client is done. */
async function shout(socket: Socket): Promise<void> {
  for await (const line of createInterface({ input: socket })) {
    socket.write(`${line.toUpperCase()}\n`);
  }
  socket.end(); // the client ended its side, so end ours
}

// Port 0: the system picks a free port, and the server says which one it got.
const server = createServer((socket) => void shout(socket));
server.listen(0, "127.0.0.1");
await once(server, "listening");
const address = server.address();
if (address === null || typeof address === "string") throw new Error("no TCP address");
console.log("server listening");

const client = connect(address.port, "127.0.0.1");
await once(client, "connect");
// One line reader for the whole connection: a line may arrive in pieces, or two in one chunk.
const replies = createInterface({ input: client })[Symbol.asyncIterator]();
for (const word of ["tea", "coffee", "water"]) {
  client.write(`${word}\n`);
  const reply = await replies.next();
  console.log(`sent ${word}, got ${String(reply.value)}`);
}
client.end(); // no more lines: the server's reader now ends
const rest = await replies.next();
console.log(`after the last line: ${rest.done === true ? "the connection ended" : "more data"}`);

server.close();
await once(server, "close");
console.log("server closed");
