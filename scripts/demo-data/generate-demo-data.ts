// The demo dataset, generated from a seed: same seed, same bytes. Steps run in a fixed order and
// each draws from its own random stream (see seeded-random), so no step perturbs another.
import { buildAdminGeometries } from './admin-areas';
import { layOutAdmin } from './admin-layout';
import { buildBorderLines, type Region } from './border-lines';
import { generateCheckpoints } from './checkpoints';
import { generateDemoBelts } from './demo-belts';
import type { DemoContext } from './demo-context';
import type { DemoFile } from './demo-files';
import { generateDutyPosts } from './duty-posts';
import {
  adminAreaCollection, borderLineCollection, branchCollection, checkpointCollection, demoBeltCollection,
  dutyPostCollection, segmentCollection, zoneCollection, type DemoCollection,
} from './feature-collections';
import { buildManifest, type DemoManifest } from './manifest';
import { chinaNearLines } from './national-side';
import { countryGeometry, loadCountriesTopology } from './natural-earth';
import { generateBranches } from './party-branches';
import { generateZones } from './responsibility-zones';
import { appointChiefs } from './segment-chiefs';
import { createRandom } from './seeded-random';

export const DEFAULT_SEED = 20261123;

export interface DemoDataset {
  seed: number;
  collections: Record<DemoFile, DemoCollection>;
  manifest: DemoManifest;
}

export interface GenerateOptions {
  seed?: number;
  /** Progress lines (the CLI sends them to stderr). */
  log?: (message: string) => void;
}

export function generateDemoData(options: GenerateOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  const randomFor = (label: string) => createRandom(seed, label);
  const started = performance.now();
  const step = (message: string) => log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

  const topology = loadCountriesTopology();
  const china = countryGeometry(topology, '156');
  const lines = buildBorderLines(topology, china);
  step(`border lines: ${lines.map((l) => `${l.id} ${l.lengthKm.toFixed(1)} km`).join(', ')}`);

  const layout = layOutAdmin(lines, randomFor);
  const count = (level: string) => layout.units.filter((u) => u.level === level).length;
  step(`admin layout: ${count('county')} counties, ${count('township')} townships, ${count('village')} villages; ${layout.segments.length} segments`);

  const regionLines = (region: Region) => lines.filter((l) => l.region === region);
  const chinaByRegion = { yunnan: chinaNearLines(china, regionLines('yunnan')), hulunbuir: chinaNearLines(china, regionLines('hulunbuir')) };
  const linesById = new Map(lines.map((l) => [l.id, l]));
  const adminGeometry = buildAdminGeometries(layout.units, linesById, chinaByRegion);
  step(`admin areas: ${adminGeometry.size} strips built`);

  const context: DemoContext = {
    lines, linesById, units: layout.units, unitsByCode: new Map(layout.units.map((u) => [u.code, u])),
    segments: layout.segments, segmentsByCode: new Map(layout.segments.map((s) => [s.code, s])),
    adminGeometry, chinaByRegion, log,
  };
  const chiefs = appointChiefs(layout.units, randomFor('chiefs'));
  const checkpoints = generateCheckpoints(context, randomFor('checkpoints'));
  step(`checkpoints: ${checkpoints.length} (${checkpoints.filter((c) => c.kind === 'port').length} at ports)`);
  const branches = generateBranches(context, checkpoints, randomFor('branches'));
  step(`party branches: ${branches.filter((b) => b.temporary).length} temporary, ${branches.filter((b) => !b.temporary).length} village`);
  const dutyPosts = generateDutyPosts(context, randomFor('duty-posts'));
  step(`duty posts: ${dutyPosts.length}`);
  const belts = generateDemoBelts(context, randomFor('demo-belts'));
  step(`demonstration belts: ${belts.length}`);
  const { zones, defects } = generateZones(context, chiefs, randomFor('zones'));
  step(`responsibility zones: ${zones.length}, with ${defects.filter((d) => d.kind === 'gap').length} gaps and ${defects.filter((d) => d.kind === 'overlap').length} double claims`);

  const collections: Record<DemoFile, DemoCollection> = {
    'border-lines.geojson': borderLineCollection(lines),
    'admin-areas.geojson': adminAreaCollection(context),
    'segments.geojson': segmentCollection(context, chiefs),
    'checkpoints.geojson': checkpointCollection(checkpoints),
    'branches.geojson': branchCollection(branches),
    'duty-posts.geojson': dutyPostCollection(dutyPosts),
    'demo-belts.geojson': demoBeltCollection(belts),
    'zones.geojson': zoneCollection(zones),
  };
  return { seed, collections, manifest: buildManifest({ seed, collections, lines, defects }) };
}
