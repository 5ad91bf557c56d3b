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

  /** `observe` sees every site as it is made (a profile-guided build looks up its feedback). */
  constructor(private readonly observe?: (site: Site) => void) {}

  add(kind: SiteKind, func: number, offset: number): Site {
    const site: Site = { id: this.sites.length, kind, func, offset };
    this.sites.push(site);
    this.observe?.(site);
    return site;
  }

  /** Byte offset of a site's cell from the IC region base. */
  static cellOffset(site: Site): number { return site.id * layout.IC_BYTES; }

  get byteSize(): number { return this.sites.length * layout.IC_BYTES; }
}

/** Branches (`if`, `?:`) and loops: counted in record mode and keyed by position, as sites are. A
 *  branch is placed at its consequent, a loop at its body (each unique to its statement). */
export interface Point {
  readonly id: number;
  /** Id of the function that contains it. */
  readonly func: number;
  /** Offset of its node in the bundled source. */
  readonly offset: number;
}

export class PointTable {
  readonly points: Point[] = [];

  add(func: number, offset: number): Point {
    const point: Point = { id: this.points.length, func, offset };
    this.points.push(point);
    return point;
  }
}
