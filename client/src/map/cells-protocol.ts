import type { AddProtocolAction } from 'maplibre-gl';
import { regroupCellTile } from './cell-tiles';

// A MapLibre protocol for the checkpoints source: `corridor-cells://<http URL>` fetches the URL
// from our own origin and, for a tile, hands MapLibre its cells merged and clipped as deck.gl
// showed them (cell-tiles.ts). Registered once with `addProtocol(CELLS_PROTOCOL, loadCells)`; the
// handler runs on the page's thread, the tiles are small (cells only, below z8.5).

export const CELLS_PROTOCOL = 'corridor-cells';
const PREFIX = `${CELLS_PROTOCOL}://`;

/** The source URL (a TileJSON or a tile template) that passes through this protocol. */
export const cellsUrl = (httpUrl: string) => `${PREFIX}${httpUrl}`;

const httpUrlOf = (url: string) => (url.startsWith(PREFIX) ? url.slice(PREFIX.length) : url);

/** A tile template from a TileJSON, absolute, with its `{z}/{x}/{y}` kept. */
const absoluteTemplate = (template: string, base: string) =>
  new URL(template, base).href.replace(/%7B/g, '{').replace(/%7D/g, '}');

export const loadCells: AddProtocolAction = async (params, abortController) => {
  const url = httpUrlOf(params.url);
  const response = await fetch(url, { signal: abortController.signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url}`);
  if (params.type === 'json') {
    const tileJson = (await response.json()) as { tiles?: string[] };
    return { data: { ...tileJson, tiles: tileJson.tiles?.map((t) => cellsUrl(absoluteTemplate(t, url))) } };
  }
  const tile = regroupCellTile(new Uint8Array(await response.arrayBuffer()));
  return { data: tile.buffer.slice(tile.byteOffset, tile.byteOffset + tile.byteLength) as ArrayBuffer };
};
