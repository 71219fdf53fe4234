/**
 * Section and sample "#" links copy their full address when clicked, for instructors who paste
 * links into slides and chats; they still jump to the target as ordinary links do.
 */
const chinese = document.documentElement.lang.toLowerCase().startsWith("zh");

document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a.anchor-link");
  if (link === null) return;
  void navigator.clipboard.writeText(link.href).then(
    () => {
      link.dataset["copied"] = "true";
      link.title = chinese ? "链接已复制" : "Link copied";
      setTimeout(() => delete link.dataset["copied"], 2_000);
    },
    () => undefined,
  );
});
