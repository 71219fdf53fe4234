const BASE = "http://localhost:8787";

interface Post {
  id: number;
  title: string;
}

const start = performance.now();
console.log("asking for post 1, which takes about a second");
await fetch(`${BASE}/delay/1000`).then((waited) => waited.arrayBuffer());
const response = await fetch(`${BASE}/posts/1`);
const post = (await response.json()) as Post;
console.log(`got: ${post.title}`);
console.log(`done after ${((performance.now() - start) / 1000).toFixed(1)}s`);
