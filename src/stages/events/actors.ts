// From mentions to event actors: metonyms ("Moscow said") stand for their state, a city that is
// the target of a visit stands for its country (the city becomes the location), and for acts
// only states take (withdrawals, sanctions, suspensions, military action) a person stands for
// the state they serve, as CAMEO codes "Malian Foreign Minister" as MLIGOV.
import type { Doc, Entity, Mention } from '../../model/types.js';
import type { Kb } from '../../kb/kb.js';

export class Actors {
  private byId = new Map<string, Entity>();
  private byKb = new Map<string, string>();

  /** `mentions`: those the stage reads (View.mentions) */
  constructor(doc: Doc, private mentions: Mention[], private kb: Kb | null) {
    for (const e of doc.entities) {
      this.byId.set(e.id, e);
      if (e.kb && !this.byKb.has(e.kb)) this.byKb.set(e.kb, e.id);
    }
  }

  entity(id: string | null): Entity | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The entity a mention acts for (a metonym's is the state it stands for: "Moscow warned" is Russia). */
  ofMention(m: number): string | null {
    return this.mentions[m].entity;
  }

  /** The document's entity of a KB id ("iso3:KAZ"), or null when the document does not name it. */
  ofKb(kbId: string | undefined): string | null {
    return (kbId && this.byKb.get(kbId)) || null;
  }

  /** The country entity of a person or city, when the document names that country. */
  countryOf(id: string | null): string | null {
    const e = this.entity(id);
    if (!e) return null;
    if (e.country && this.byId.has(e.country)) return e.country;
    for (const r of e.roles) if (r.of && this.byId.get(r.of)?.type === 'GPE') return r.of;
    const kbCountry = e.kb && this.kb?.byId.get(e.kb)?.country;
    if (kbCountry && !e.kb!.startsWith('iso3:')) return this.byKb.get(kbCountry) ?? null;
    return null;
  }

  /** A state's own body ("State Department", "Kremlin"): an organisation the KB files under a country. */
  isNationalBody(id: string | null): boolean {
    const e = this.entity(id);
    // (a KB body with its state, or one the link stage gave its state: "Rwanda's foreign ministry")
    return !!e && e.type === 'ORG' && ((!!e.kb?.startsWith('org:') && !!this.kb?.byId.get(e.kb)?.country) || (!e.kb && !!e.country));
  }

  isPerson(id: string | null): boolean {
    return this.entity(id)?.type === 'PERSON';
  }

  isPlace(id: string | null): boolean {
    const t = this.entity(id)?.type;
    return t === 'GPE' || t === 'LOC';
  }

  /** A country (not a city or a region the KB knows as a city). */
  isState(id: string | null): boolean {
    const e = this.entity(id);
    return !!e && e.type === 'GPE' && (e.kb === null || e.kb.startsWith('iso3:'));
  }

  isCity(id: string | null): boolean {
    return !!this.entity(id)?.kb?.startsWith('city:');
  }
}
