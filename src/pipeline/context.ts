/**
 * What stages share across documents: options of the run and resources loaded once
 * (knowledge base, NER model, event lexicon). Each resource module exposes a loader
 * that memoises itself here through `resource()`, so loading happens on first use only.
 */
export interface Context {
  /** publication date given by the user (YYYY-MM-DD), or null */
  published: string | null;
  readonly resources: Map<string, unknown>;
}

export function createContext(published: string | null = null): Context {
  return { published, resources: new Map() };
}

export function resource<T>(ctx: Context, key: string, load: () => T): T {
  let value = ctx.resources.get(key) as T | undefined;
  if (value === undefined) {
    value = load();
    ctx.resources.set(key, value);
  }
  return value;
}
