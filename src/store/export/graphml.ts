// GraphML export of the whole store for Gephi, yEd or networkx: entities are nodes (name, type, kb,
// mentions, documents); an edge joins two entities that acted on each other (directed, with event
// counts per CAMEO quad class and the Goldstein sum) or that appear in the same documents
// (co-mentions; undirected when there is no event between them). Written by hand because it is a
// few lines of XML; every text is escaped and characters XML 1.0 forbids are dropped.
import type { Store } from '../store.js';
import type { Write } from './write.js';

/** Escapes text for XML 1.0 content and attributes, dropping characters XML cannot hold. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Edge {
  quad: [number, number, number, number];
  events: number;
  goldstein: number;
  comentions: number;
}

const PAGE = 1000;

export async function exportGraphml(store: Store, write: Write): Promise<{ nodes: number; edges: number }> {
  const edges = new Map<string, Edge>();
  const get = (s: string, t: string) => {
    const k = `${s}\u0000${t}`;
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { quad: [0, 0, 0, 0], events: 0, goldstein: 0, comentions: 0 }));
    return e;
  };
  for (let offset = 0; ; offset += PAGE) {
    const p = await store.listEvents({ limit: PAGE, offset });
    for (const v of p.items) {
      if (!v.source || !v.target || v.source.id === v.target.id) continue;
      const e = get(v.source.id, v.target.id);
      if (v.quadClass >= 1 && v.quadClass <= 4) e.quad[v.quadClass - 1]++;
      e.events++;
      e.goldstein += v.goldstein;
    }
    if (p.items.length < PAGE) break;
  }
  // co-mentions: each unordered pair of entities stored from the same document
  const pairs = new Map<string, number>();
  for await (const d of store.allDocuments()) {
    const ids = [...new Set(Object.values(d.storeIds))].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}\u0000${ids[j]}`;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
  }
  for (const [k, n] of pairs) {
    const [a, b] = k.split('\u0000');
    const fwd = edges.get(`${a}\u0000${b}`);
    const back = edges.get(`${b}\u0000${a}`);
    if (fwd) fwd.comentions = n;
    if (back) back.comentions = n;
    if (!fwd && !back) get(a, b).comentions = n;
  }

  await write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="kb" for="node" attr.name="kb" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="documents" for="node" attr.name="documents" attr.type="int"/>
  <key id="events" for="edge" attr.name="events" attr.type="int"/>
  <key id="q1" for="edge" attr.name="verbal_cooperation" attr.type="int"/>
  <key id="q2" for="edge" attr.name="material_cooperation" attr.type="int"/>
  <key id="q3" for="edge" attr.name="verbal_conflict" attr.type="int"/>
  <key id="q4" for="edge" attr.name="material_conflict" attr.type="int"/>
  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>
  <key id="comentions" for="edge" attr.name="comentions" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="newsgraph" edgedefault="directed">
`);
  const nodes = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const p = await store.listEntities({ limit: PAGE, offset });
    for (const e of p.items) {
      nodes.add(e.id);
      await write(
        `    <node id="${xmlEscape(e.id)}"><data key="label">${xmlEscape(e.name)}</data><data key="type">${e.type}</data>` +
          (e.kb ? `<data key="kb">${xmlEscape(e.kb)}</data>` : '') +
          `<data key="mentions">${e.mentions}</data><data key="documents">${e.documents}</data></node>\n`,
      );
    }
    if (p.items.length < PAGE) break;
  }
  let n = 0;
  for (const [k, e] of edges) {
    const [s, t] = k.split('\u0000');
    if (!nodes.has(s) || !nodes.has(t)) continue;
    n++;
    await write(
      `    <edge id="x${n}" source="${xmlEscape(s)}" target="${xmlEscape(t)}"${e.events ? '' : ' directed="false"'}>` +
        `<data key="events">${e.events}</data><data key="q1">${e.quad[0]}</data><data key="q2">${e.quad[1]}</data><data key="q3">${e.quad[2]}</data><data key="q4">${e.quad[3]}</data>` +
        `<data key="goldstein">${Math.round(e.goldstein * 100) / 100}</data><data key="comentions">${e.comentions}</data><data key="weight">${e.events + e.comentions}</data></edge>\n`,
    );
  }
  await write('  </graph>\n</graphml>\n');
  return { nodes: nodes.size, edges: n };
}
