import type { TileDatabase } from './tile-database';

/**
 * The data version of every table, read from `data_versions` (bumped by triggers). Cached for
 * `maxAgeMs` so a cached tile costs no query; `refresh()` right after a write makes this
 * instance see its own change at once, other instances within `maxAgeMs`.
 */
export class DataVersions {
  #versions = new Map<string, number>();
  #readAt = -Infinity;
  #pending: Promise<ReadonlyMap<string, number>> | undefined;

  constructor(private readonly db: TileDatabase, private readonly maxAgeMs = 1000) {}

  async current(): Promise<ReadonlyMap<string, number>> {
    return this.fresh() ?? this.refresh();
  }

  /** The versions when they were read within `maxAgeMs`, without waiting; undefined otherwise. */
  fresh(): ReadonlyMap<string, number> | undefined {
    return performance.now() - this.#readAt <= this.maxAgeMs ? this.#versions : undefined;
  }

  refresh(): Promise<ReadonlyMap<string, number>> {
    this.#pending ??= this.db
      .query<{ table_name: string; version: number }>('select table_name, version from data_versions')
      .then((rows) => {
        this.#versions = new Map(rows.map((r) => [r.table_name, Number(r.version)]));
        this.#readAt = performance.now();
        return this.#versions;
      })
      .finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** One string for a set of tables, e.g. "12.40" — part of every cache key. */
  static keyFor(versions: ReadonlyMap<string, number>, tables: readonly string[]): string {
    return tables.map((t) => versions.get(t) ?? 0).join('.');
  }
}
