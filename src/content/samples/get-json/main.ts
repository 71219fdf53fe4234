const BASE = "http://localhost:8787";

interface Post {
  id: number;
  userId: number;
  title: string;
}

for (const postId of [1, 2, 3]) {
  const response = await fetch(`${BASE}/posts/${postId}`);
  // fetch does not throw on a 4xx or 5xx: check before trusting the body.
  if (!response.ok) throw new Error(`GET /posts/${postId} answered ${response.status}`);
  const post = (await response.json()) as Post;
  console.log(`#${post.id} by user ${post.userId}: ${post.title}`);
}
