// Links and media types of the OGC API. Hrefs are absolute, built from the request's own
// protocol and host, so they work behind whatever name the client used.
import type { OgcLink } from '../../schemas/ogc.schema';

export const GEOJSON = 'application/geo+json';
export const JSON_TYPE = 'application/json';
export const OPENAPI_JSON = 'application/vnd.oai.openapi+json;version=3.0';

export type FeatureMediaType = typeof GEOJSON | typeof JSON_TYPE;

export { originOf } from '../../lib/request-origin';

/**
 * Features are GeoJSON unless the client asks for plain JSON only (f=json, or an Accept header
 * naming application/json without geo+json or a wildcard). q-values are not weighed: every
 * answer is the same body, only the Content-Type differs.
 */
export function featureMediaType(f: string | undefined, accept: string | undefined): FeatureMediaType {
  if (f === 'json') return JSON_TYPE;
  if (f === 'geojson' || !accept) return GEOJSON;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  const geo = types.some((t) => t === GEOJSON || t === '*/*' || t === 'application/*');
  return !geo && types.includes(JSON_TYPE) ? JSON_TYPE : GEOJSON;
}

const fParam = (type: FeatureMediaType) => (type === GEOJSON ? 'geojson' : 'json');
const otherType = (type: FeatureMediaType): FeatureMediaType => (type === GEOJSON ? JSON_TYPE : GEOJSON);

export const link = (href: string, rel: string, type: string, title: string): OgcLink => ({ href, rel, type, title });

export function collectionLinks(origin: string, collectionId: string): OgcLink[] {
  const base = `${origin}/ogc/collections/${collectionId}`;
  return [
    link(base, 'self', JSON_TYPE, 'This collection'),
    link(`${base}/items?f=geojson`, 'items', GEOJSON, 'Features as GeoJSON'),
    link(`${base}/items?f=json`, 'items', JSON_TYPE, 'Features as JSON'),
  ];
}

export interface PageLinksInput {
  origin: string;
  collectionId: string;
  /** The request's query: bbox, filters and f are carried into every link; limit/offset are set. */
  query: Record<string, unknown>;
  limit: number;
  offset: number;
  more: boolean;
  type: FeatureMediaType;
}

export function itemsLinks(input: PageLinksInput): OgcLink[] {
  const { origin, collectionId, query, limit, offset, more, type } = input;
  const href = (at: number, as: FeatureMediaType) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (name !== 'limit' && name !== 'offset' && name !== 'f' && typeof value === 'string') params.set(name, value);
    }
    params.set('limit', String(limit));
    params.set('offset', String(at));
    params.set('f', fParam(as));
    return `${origin}/ogc/collections/${collectionId}/items?${params}`;
  };
  const links = [
    link(href(offset, type), 'self', type, 'This page'),
    link(href(offset, otherType(type)), 'alternate', otherType(type), `This page as ${fParam(otherType(type))}`),
  ];
  if (more) links.push(link(href(offset + limit, type), 'next', type, 'Next page'));
  if (offset > 0) links.push(link(href(Math.max(0, offset - limit), type), 'prev', type, 'Previous page'));
  links.push(link(`${origin}/ogc/collections/${collectionId}`, 'collection', JSON_TYPE, 'The collection'));
  return links;
}

export function featureLinks(origin: string, collectionId: string, featureId: string | number, type: FeatureMediaType): OgcLink[] {
  const base = `${origin}/ogc/collections/${collectionId}/items/${encodeURIComponent(String(featureId))}`;
  return [
    link(`${base}?f=${fParam(type)}`, 'self', type, 'This feature'),
    link(`${base}?f=${fParam(otherType(type))}`, 'alternate', otherType(type), `This feature as ${fParam(otherType(type))}`),
    link(`${origin}/ogc/collections/${collectionId}`, 'collection', JSON_TYPE, 'The collection'),
  ];
}
