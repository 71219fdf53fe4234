/**
 * `/samples/<id>/main.py` and `/samples/<id>/main.ts`: each sample's code as a plain file, built
 * with the site, so a learner can download it and run it on their own machine next to the
 * practice server (see the "Run the Python yourself" page).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { allSamples } from "../../../lib/content.ts";

const fileTypes = {
  "main.py": "text/x-python; charset=utf-8",
  "main.ts": "text/plain; charset=utf-8",
} as const;

/** Both files of every sample. */
export const getStaticPaths = (async () => {
  const samples = await allSamples();
  return samples.flatMap(({ data }) => [
    { params: { id: data.id, file: "main.py" }, props: { code: data.python, type: fileTypes["main.py"] } },
    {
      params: { id: data.id, file: "main.ts" },
      props: { code: data.typescript, type: fileTypes["main.ts"] },
    },
  ]);
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The file's text, exactly as the sample folder holds it. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.code, { headers: { "Content-Type": props.type } });
