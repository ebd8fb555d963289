import type { AdminAreaNode } from '../../api/api-client';

/** The admin hierarchy indexed for the cascading selects: children per parent, in the server's order. */
export interface AdminTree {
  byCode: ReadonlyMap<string, AdminAreaNode>;
  children: ReadonlyMap<string | null, readonly AdminAreaNode[]>;
}

export function buildAdminTree(areas: readonly AdminAreaNode[]): AdminTree {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const children = new Map<string | null, AdminAreaNode[]>();
  for (const area of areas) {
    // An area whose parent is missing from the list is treated as a root rather than lost.
    const parent = area.parentCode !== null && byCode.has(area.parentCode) ? area.parentCode : null;
    const list = children.get(parent) ?? [];
    list.push(area);
    children.set(parent, list);
  }
  return { byCode, children };
}

/** The areas of one level, in tree order (e.g. every prefecture, province by province). */
export function areasAtLevel(tree: AdminTree, level: AdminAreaNode['level']): AdminAreaNode[] {
  const out: AdminAreaNode[] = [];
  const walk = (parent: string | null) => {
    for (const child of tree.children.get(parent) ?? []) {
      if (child.level === level) out.push(child);
      else walk(child.code);
    }
  };
  walk(null);
  return out;
}

export interface AdminPath { prefecture: string | null; county: string | null; township: string | null }

/** Which prefecture, county and township the filter's code sits in (a village counts as its township). */
export function pathOf(tree: AdminTree, code: string | null): AdminPath {
  const path: AdminPath = { prefecture: null, county: null, township: null };
  let area = code ? tree.byCode.get(code) : undefined;
  while (area) {
    if (area.level === 'prefecture' || area.level === 'county' || area.level === 'township') path[area.level] = area.code;
    area = area.parentCode ? tree.byCode.get(area.parentCode) : undefined;
  }
  return path;
}

/** The code a choice in the cascade means: the most specific level chosen, or null for all. */
export function mostSpecific(path: AdminPath): string | null {
  return path.township ?? path.county ?? path.prefecture;
}
