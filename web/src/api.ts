// Fetches from the JSON API; a failed request throws its {"error"} message.
export class ApiFailure extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function api<T = any>(path: string, params: Record<string, string | number | null | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  const res = await fetch(`/api/${path}${s ? '?' + s : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ ok: false, error: `HTTP ${res.status}` }));
  if (!res.ok || body.ok === false) throw new ApiFailure(body.error ?? `HTTP ${res.status}`, res.status);
  return body as T;
}
