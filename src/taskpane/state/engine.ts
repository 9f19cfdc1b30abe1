/**
 * The engine (catalog, matcher, layout) is the heaviest part of the pane: it is loaded when the user
 * first scans or drafts, so the pane's first script stays small. Before that nothing needs it.
 */
export type Engine = typeof import('./engine-impl');

let loaded: Engine | null = null;

export async function loadEngine(): Promise<Engine> {
  loaded ??= await import(/* webpackChunkName: "engine" */ './engine-impl');
  return loaded;
}

/** The engine once loaded; an analysis in the state means it is. */
export function engine(): Engine {
  if (!loaded) throw new Error('chitieu: the engine is used before it was loaded');
  return loaded;
}
