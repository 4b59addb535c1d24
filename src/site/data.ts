/** The engine's results for the pages: the whole project checked once per build. */
import { checkProject, loadProject, type CheckResult, type FactResult } from "../facts/index.ts";

let result: Promise<CheckResult> | null = null;

export function project(): Promise<CheckResult> {
  // Set by the integration to Astro's root (which `astro build --root` may move).
  const root = (import.meta.env.FACTS_ROOT as string | undefined) ?? process.cwd();
  result ??= loadProject({ root }).then(checkProject);
  return result;
}

/** The engine's result for one callout, found by the id the remark plugin gave it. */
export async function factById(id: string, source: string, quote: string): Promise<FactResult | undefined> {
  const { facts } = await project();
  return facts.find((f) => f.id === id && f.fact.attributes.source === source && f.fact.attributes.quote === quote);
}
