/** How many posts `/posts/:id` serves. */
export const POST_COUNT = 100;

/** A JSON post, the same for the same id on every host. */
export interface Post {
  id: number;
  userId: number;
  title: string;
  body: string;
}

const topics = ["event loops", "coroutines", "tasks", "futures", "timeouts", "sessions", "streams"];

/** Builds post `id` from its number alone, so no data file is needed and every host agrees. */
export function makePost(id: number): Post {
  const topic = topics[id % topics.length] ?? "async";
  return {
    id,
    userId: Math.ceil(id / 10),
    title: `Post ${id}: notes on ${topic}`,
    body: `This is practice post number ${id}. It is about ${topic}.`,
  };
}
