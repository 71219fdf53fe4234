const BASE = "http://localhost:8787";

/** Iterates over posts first to last, fetching each one only when the loop asks for it. */
class Posts implements AsyncIterableIterator<string> {
  #nextId: number;
  readonly #last: number;

  constructor(first: number, last: number) {
    this.#nextId = first;
    this.#last = last;
  }

  [Symbol.asyncIterator](): this {
    return this; // this object is its own iterator
  }

  async next(): Promise<IteratorResult<string>> {
    if (this.#nextId > this.#last) return { done: true, value: undefined }; // "no more"
    const postId = this.#nextId;
    this.#nextId += 1;
    console.log(`fetching post ${postId}`);
    const response = await fetch(`${BASE}/posts/${postId}`);
    const post = (await response.json()) as { title: string };
    return { done: false, value: post.title };
  }
}

for await (const title of new Posts(1, 3)) {
  console.log(`got ${title}`);
}
console.log("no more posts");
