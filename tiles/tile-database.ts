// The only thing the tile engine needs from a database. The server hands in its own database
// object, which fits this shape; the engine never imports server code.

export interface TileDatabase {
  readonly backend: 'embedded' | 'server';
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[], options?: { signal?: AbortSignal }): Promise<Row[]>;
}
