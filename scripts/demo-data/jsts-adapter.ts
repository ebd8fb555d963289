// The only file that touches jsts. jsts ships loose `any` typings, so this pins the few methods we
// use behind a small interface and exposes plain functions over it.
import type { Geometry } from 'geojson';
import ArrayList from 'jsts/java/util/ArrayList.js';
import Centroid from 'jsts/org/locationtech/jts/algorithm/Centroid.js';
import InteriorPointArea from 'jsts/org/locationtech/jts/algorithm/InteriorPointArea.js';
import SimplePointInAreaLocator from 'jsts/org/locationtech/jts/algorithm/locate/SimplePointInAreaLocator.js';
import Location from 'jsts/org/locationtech/jts/geom/Location.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import PrecisionModel from 'jsts/org/locationtech/jts/geom/PrecisionModel.js';
import GeometryNoder from 'jsts/org/locationtech/jts/noding/snapround/GeometryNoder.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import BufferOp from 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js';
import BufferParameters from 'jsts/org/locationtech/jts/operation/buffer/BufferParameters.js';
import DistanceOp from 'jsts/org/locationtech/jts/operation/distance/DistanceOp.js';
import IsSimpleOp from 'jsts/org/locationtech/jts/operation/IsSimpleOp.js';
import OverlayOp from 'jsts/org/locationtech/jts/operation/overlay/OverlayOp.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import GeometryPrecisionReducer from 'jsts/org/locationtech/jts/precision/GeometryPrecisionReducer.js';
import Polygonizer from 'jsts/org/locationtech/jts/operation/polygonize/Polygonizer.js';
import type { LonLat } from './geodesy';

export interface JstsGeometry {
  getGeometryType(): string;
  getNumGeometries(): number;
  getGeometryN(n: number): JstsGeometry;
  getArea(): number;
  getLength(): number;
  isEmpty(): boolean;
}

const factory = new GeometryFactory();
const reader = new GeoJSONReader(factory);
const writer = new GeoJSONWriter();

export const toJsts = (geometry: Geometry): JstsGeometry => reader.read(geometry) as JstsGeometry;
export const toGeoJson = (geometry: JstsGeometry): Geometry => writer.write(geometry) as Geometry;

export interface BufferOptions {
  singleSided?: boolean;
  /** Segments per quarter circle at convex corners; few is enough for km-scale strips. */
  quadrantSegments?: number;
}

/**
 * Buffer with FLAT end caps, so a strip ends square across the line where its stretch ends and
 * the next strip starts on the same cut. Single-sided buffers go left for positive distances.
 */
export function bufferFlat(geometry: JstsGeometry, distance: number, options: BufferOptions = {}): JstsGeometry {
  const parameters = new BufferParameters();
  parameters.setEndCapStyle(BufferParameters.CAP_FLAT);
  parameters.setQuadrantSegments(options.quadrantSegments ?? 4);
  parameters.setSingleSided(options.singleSided ?? false);
  return BufferOp.bufferOp(geometry, distance, parameters) as JstsGeometry;
}

export const intersection = (a: JstsGeometry, b: JstsGeometry) => OverlayOp.intersection(a, b) as JstsGeometry;
export const difference = (a: JstsGeometry, b: JstsGeometry) => OverlayOp.difference(a, b) as JstsGeometry;
export const union = (a: JstsGeometry, b: JstsGeometry) => OverlayOp.union(a, b) as JstsGeometry;

export function unionAll(geometries: readonly JstsGeometry[]): JstsGeometry {
  return UnaryUnionOp.union(factory.createGeometryCollection([...geometries])) as JstsGeometry;
}

export const isValid = (geometry: JstsGeometry): boolean => IsValidOp.isValid(geometry) as boolean;
export const isSimple = (geometry: JstsGeometry): boolean => new IsSimpleOp(geometry).isSimple() as boolean;
export const distance = (a: JstsGeometry, b: JstsGeometry): number => DistanceOp.distance(a, b) as number;

/** The polygons of a Polygon or MultiPolygon (nothing for other types). */
export function polygonsOf(geometry: JstsGeometry): JstsGeometry[] {
  const parts: JstsGeometry[] = [];
  for (let i = 0; i < geometry.getNumGeometries(); i++) {
    const part = geometry.getGeometryN(i);
    if (part.getGeometryType() === 'Polygon' && !part.isEmpty()) parts.push(part);
    else if (part.getGeometryType() === 'MultiPolygon' || part.getGeometryType() === 'GeometryCollection') {
      parts.push(...polygonsOf(part));
    }
  }
  return parts;
}

export function multiPolygonOf(polygons: readonly JstsGeometry[]): JstsGeometry {
  return polygons.length === 1 ? polygons[0]! : (factory.createMultiPolygon([...polygons]) as JstsGeometry);
}

/** A point guaranteed inside a polygonal geometry (JTS's interior point, not the centroid). */
export function interiorPoint(geometry: JstsGeometry): LonLat {
  const c = new InteriorPointArea(geometry).getInteriorPoint() as { x: number; y: number };
  return [c.x, c.y];
}

export function centroid(geometry: JstsGeometry): LonLat {
  const c = Centroid.getCentroid(geometry) as { x: number; y: number };
  return [c.x, c.y];
}

/** Rounds every coordinate to 10^-decimals; may leave a polygon invalid (see roundAreal). */
export function roundPointwise(geometry: JstsGeometry, decimals: number): JstsGeometry {
  return GeometryPrecisionReducer.reducePointwise(geometry, new PrecisionModel(10 ** decimals)) as JstsGeometry;
}

/** The classic repair; it can drop whole rings on bad input, so callers check the area after. */
export const bufferZero = (geometry: JstsGeometry) => BufferOp.bufferOp(geometry, 0) as JstsGeometry;

interface JstsCoordinate { x: number; y: number }

/** The java.util.ArrayList that jsts's noder and polygoniser take. */
function javaList(items: readonly unknown[]) {
  const list = new ArrayList(null);
  for (const item of items) list.add(item);
  return list;
}
interface JavaCollection<T> { toArray(): T[] }

/**
 * Rounds a polygonal geometry by snap-rounding its rings onto the grid (Hobby's hot pixels),
 * polygonising the noded rings and keeping the faces inside the original. Unlike pointwise
 * rounding this cannot leave crossings, so it repairs the spikes that overlays sometimes leave.
 */
export function snapRoundPolygonal(geometry: JstsGeometry, decimals: number): JstsGeometry {
  // The noder rounds the intersections it finds but not the vertices it is given.
  const input = javaList([roundPointwise(geometry, decimals)]);
  const noded = (new GeometryNoder(new PrecisionModel(10 ** decimals)).node(input) as JavaCollection<{ getCoordinates(): JstsCoordinate[] }>).toArray();
  // A collapsed spike comes back as the same segment twice; the polygoniser needs each edge once.
  const edges = javaList([]);
  const seen = new Set<string>();
  for (const line of noded) {
    const coords = line.getCoordinates();
    for (let i = 0; i + 1 < coords.length; i++) {
      const [a, b] = [coords[i]!, coords[i + 1]!];
      if (a.x === b.x && a.y === b.y) continue;
      const key = [`${a.x},${a.y}`, `${b.x},${b.y}`].sort().join(';');
      if (seen.has(key)) continue;
      seen.add(key);
      edges.add(factory.createLineString([a, b]));
    }
  }
  const polygonizer = new Polygonizer();
  polygonizer.add(edges);
  const faces = (polygonizer.getPolygons() as JavaCollection<JstsGeometry>).toArray().filter((face) => {
    const inside = new InteriorPointArea(face).getInteriorPoint() as JstsCoordinate;
    return SimplePointInAreaLocator.locate(inside, geometry) === Location.INTERIOR;
  });
  return faces.length === 0 ? (factory.createPolygon() as JstsGeometry) : unionAll(faces);
}
