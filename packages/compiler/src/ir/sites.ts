// IC sites: every dynamic operation in the program gets a stable id and a cache cell in linear
// memory (layout: IC_* in the engine's layout). Ids are dense in source order, so cell `id` lives at
// icBase + id * IC_BYTES. The site table is what the recorder and the profile key on.
import { layout } from '@pgo/engine';

export type SiteKind =
  | 'GetProp' | 'SetProp' | 'GetElem' | 'SetElem' | 'GetGlobal' | 'SetGlobal'
  | 'Call' | 'New' | 'Arith' | 'Compare' | 'In' | 'InstanceOf';

export interface Site {
  readonly id: number;
  readonly kind: SiteKind;
  /** Id of the function (FunctionScope.id) that contains the site. */
  readonly func: number;
  /** Offset of the site's node in the bundled source. */
  readonly offset: number;
}

export class SiteTable {
  readonly sites: Site[] = [];

  add(kind: SiteKind, func: number, offset: number): Site {
    const site: Site = { id: this.sites.length, kind, func, offset };
    this.sites.push(site);
    return site;
  }

  /** Byte offset of a site's cell from the IC region base. */
  static cellOffset(site: Site): number { return site.id * layout.IC_BYTES; }

  get byteSize(): number { return this.sites.length * layout.IC_BYTES; }
}
