// The offline basemap: Natural Earth countries and first-level boundaries sliced once at boot with
// geojson-vt, each tile encoded on request with vt-pbf. Pure: no server code, no network, no database.
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import {
  boundariesLayer, countriesLayer, countryLabelsLayer, landLayer, loadWorldAtlas, type CountriesTopology,
} from './basemap-features';
import { admin1Layer, loadAdmin1Boundaries } from './admin1-boundaries';
import { ADMIN1_MIN_ZOOM, BASEMAP_DETAIL_ZOOM, BASEMAP_LAYERS, BASEMAP_MAX_ZOOM, type BasemapLayer } from './basemap-constants';
import { overzoomFeatures, type VtFeature } from './overzoom';

const EXTENT = 4096;
const BUFFER = 64;
/** Below z3 the 1:110m edition is all a screen can show, at a fraction of the bytes. */
const COARSE_BELOW_ZOOM = 3;

export interface Basemap {
  /** MVT 2.1 bytes, or undefined when nothing is there (open sea). Throws RangeError on a bad address. */
  getTile(z: number, x: number, y: number): Uint8Array | undefined;
}

export interface BasemapAddressError { parameter: 'z' | 'x' | 'y'; message: string }

export function checkBasemapAddress(z: number, x: number, y: number): BasemapAddressError | undefined {
  if (!Number.isInteger(z) || z < 0 || z > BASEMAP_MAX_ZOOM) {
    return { parameter: 'z', message: `z must be an integer from 0 to ${BASEMAP_MAX_ZOOM}` };
  }
  const max = 2 ** z - 1;
  if (!Number.isInteger(x) || x < 0 || x > max) return { parameter: 'x', message: `x must be an integer from 0 to ${max} at z${z}` };
  if (!Number.isInteger(y) || y < 0 || y > max) return { parameter: 'y', message: `y must be an integer from 0 to ${max} at z${z}` };
  return undefined;
}

type Index = ReturnType<typeof geojsonvt>;
interface Edition { maxZoom: number; layers: Partial<Record<BasemapLayer, Index>> }

interface EditionSource {
  topology: CountriesTopology;
  labels: ReturnType<typeof countryLabelsLayer>;
  /** Only the detailed edition has them: they start at ADMIN1_MIN_ZOOM, past the coarse one. */
  admin1?: ReturnType<typeof admin1Layer>;
}

function sliceEdition({ topology, labels, admin1 }: EditionSource, maxZoom: number): Edition {
  const options = { maxZoom, indexMaxZoom: Math.min(5, maxZoom), extent: EXTENT, buffer: BUFFER };
  return {
    maxZoom,
    layers: {
      land: geojsonvt(landLayer(topology), options),
      countries: geojsonvt(countriesLayer(topology), options),
      ...(admin1 && { 'admin1-boundaries': geojsonvt(admin1, options) }),
      boundaries: geojsonvt(boundariesLayer(topology), options),
      'country-labels': geojsonvt(labels, options),
    },
  };
}

function layerFeatures(index: Index, maxZoom: number, z: number, x: number, y: number): VtFeature[] {
  if (z <= maxZoom) return (index.getTile(z, x, y)?.features ?? []) as unknown as VtFeature[];
  const dz = z - maxZoom;
  const [ax, ay] = [x >> dz, y >> dz];
  const ancestor = (index.getTile(maxZoom, ax, ay)?.features ?? []) as unknown as VtFeature[];
  return overzoomFeatures(ancestor, { dz, cx: x - (ax << dz), cy: y - (ay << dz), extent: EXTENT, buffer: BUFFER });
}

export function createBasemap(): Basemap {
  const detailed = loadWorldAtlas('countries-50m.json');
  // Labels come from the detailed edition at every zoom, so a country keeps its point and rank.
  const labels = countryLabelsLayer(detailed);
  const admin1 = admin1Layer(loadAdmin1Boundaries());
  const fine = sliceEdition({ topology: detailed, labels, admin1 }, BASEMAP_DETAIL_ZOOM);
  const coarse = sliceEdition({ topology: loadWorldAtlas('countries-110m.json'), labels }, COARSE_BELOW_ZOOM - 1);

  return {
    getTile(z, x, y) {
      const invalid = checkBasemapAddress(z, x, y);
      if (invalid) throw new RangeError(`${invalid.parameter}: ${invalid.message}`);
      const edition = z < COARSE_BELOW_ZOOM ? coarse : fine;
      const layers: Record<string, { features: VtFeature[] }> = {};
      for (const name of BASEMAP_LAYERS) {
        const index = edition.layers[name];
        if (!index || (name === 'admin1-boundaries' && z < ADMIN1_MIN_ZOOM)) continue;
        const features = layerFeatures(index, edition.maxZoom, z, x, y);
        if (features.length > 0) layers[name] = { features };
      }
      if (Object.keys(layers).length === 0) return undefined;
      return vtpbf.fromGeojsonVt(layers as never, { version: 2, extent: EXTENT });
    },
  };
}
