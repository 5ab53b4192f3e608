// JSONL export: one newsgraph.extract/1 object per stored document, each entity carrying its
// store-wide id as `storeId` (an addition the contract allows), so documents can be joined again.
import type { Store } from '../store.js';
import type { Write } from './write.js';

export async function exportJsonl(store: Store, write: Write): Promise<number> {
  let n = 0;
  for await (const d of store.allDocuments()) {
    const x = d.extract;
    const entities = (x.entities ?? []).map((e: { id: string }) => ({ ...e, storeId: d.storeIds[e.id] ?? null }));
    await write(JSON.stringify({ ...x, entities, ingestedAt: d.summary.ingestedAt }) + '\n');
    n++;
  }
  return n;
}
