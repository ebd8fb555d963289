import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
// loaders.gl (under deck.gl's MVTLayer) would otherwise fetch this worker from unpkg.com.
import mvtWorkerUrl from '@loaders.gl/mvt/mvt-worker.js?url';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildLayers, CHECKPOINTS_LAYER_ID, type DeckLayersState } from './deck-layers';
import { pickCheckpoint, type Picked } from './map-picking';

// deck.gl's part of the map, in its own chunk: the controller imports this module only when the
// map first needs single checkpoints (from z8.5), so the first view at a lower zoom never
// downloads deck.gl, luma.gl and loaders.gl.

/** What the controller decides; the tile URL and the worker URL are this module's business. */
export type CheckpointOverlayState = Omit<DeckLayersState, 'checkpointTiles' | 'mvtWorkerUrl'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The interleaved deck.gl overlay with the checkpoints layer; added on creation, removed by `remove()`. */
export class CheckpointOverlay {
  private readonly overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  private layers: Layer[] = [];
  private state: DeckLayersState | null = null;
  // A full style rebuild (a diff MapLibre could not apply) drops deck.gl's layer from the style.
  private readonly restore = () => {
    if (this.layers.length && !this.map.getLayersOrder().some((id) => id.startsWith('deck-'))) {
      this.overlay.setProps({ layers: this.layers });
    }
  };

  /**
   * @param map - a loaded map: before `load`, the overlay's `beforeId` ordering is silently ignored
   * @param checkpointTiles - the MVT URL template from the checkpoints TileJSON (carries `?v=`)
   */
  constructor(private readonly map: MapLibreMap, private readonly checkpointTiles: string | null) {
    map.addControl(this.overlay);
    map.on('idle', this.restore);
  }

  /** Rebuilds the layers when their state changed; a no-op otherwise. */
  setState(overlayState: CheckpointOverlayState): void {
    const state: DeckLayersState = {
      ...overlayState,
      checkpointTiles: this.checkpointTiles,
      // Absolute: loaders.gl starts it from a blob: URL, against which a relative path means nothing.
      mvtWorkerUrl: new URL(mvtWorkerUrl, window.location.href).href,
    };
    if (same(state, this.state)) return;
    this.state = state;
    this.layers = buildLayers(state);
    this.overlay.setProps({ layers: this.layers });
  }

  /** Whether every visible layer has drawn the tiles it asked for. */
  isLoaded(): boolean {
    return this.layers.every((layer) => !layer.props.visible || layer.isLoaded);
  }

  /** The checkpoint within `radiusPx` of a point on the map, if one is drawn there. */
  pick(x: number, y: number, radiusPx: number): Picked | null {
    if (!this.layers.some((l) => l.props.visible)) return null;
    const info = this.overlay.pickObject({ x, y, radius: radiusPx, layerIds: [CHECKPOINTS_LAYER_ID] }) as PickingInfo | null;
    const object = info?.object as { properties?: Record<string, unknown>; geometry?: { type: string; coordinates: unknown } } | undefined;
    if (!object?.properties) return null;
    const point = object.geometry?.type === 'Point' ? (object.geometry.coordinates as [number, number]) : undefined;
    return pickCheckpoint(object.properties, point ?? (info?.coordinate as [number, number] | undefined));
  }

  remove(): void {
    this.map.off('idle', this.restore);
    this.map.removeControl(this.overlay);
  }
}
