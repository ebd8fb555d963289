// The baseline of npm run bench:client: MapLibre alone with Corridor's basemap style, nothing else.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare-map.css';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const map = new MapLibreMap({
  container: 'map',
  style: '/basemap/style.json',
  center: [Number(params.get('lon') ?? 110.5), Number(params.get('lat') ?? 37.5)],
  zoom: Number(params.get('z') ?? 3.6),
});
map.once('idle', () => document.body.setAttribute('data-idle', 'true'));
