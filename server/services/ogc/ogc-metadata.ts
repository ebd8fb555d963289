// The metadata documents of the OGC API: landing page, conformance and collection descriptions.
import { CRS84, type OgcCollection } from './ogc-collections';
import { collectionLinks, JSON_TYPE, link, OPENAPI_JSON } from './ogc-links';
import type { OgcCollectionBody, OgcLink } from '../../schemas/ogc.schema';

const CONF = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf';

export const CONFORMANCE = [`${CONF}/core`, `${CONF}/geojson`, `${CONF}/oas30`];

export function landingPage(origin: string) {
  const links: OgcLink[] = [
    link(`${origin}/ogc`, 'self', JSON_TYPE, 'This document'),
    link(`${origin}/docs/json`, 'service-desc', OPENAPI_JSON, 'The API definition (OpenAPI 3.0)'),
    link(`${origin}/docs`, 'service-doc', 'text/html', 'The API documentation'),
    link(`${origin}/ogc/conformance`, 'conformance', JSON_TYPE, 'Conformance classes implemented'),
    link(`${origin}/ogc/collections`, 'data', JSON_TYPE, 'The feature collections'),
  ];
  return {
    title: 'Corridor OGC API – Features',
    description: 'Border segments, checkpoints, duty posts, demonstration belts, responsibility zones, admin areas and party branches as GeoJSON',
    links,
  };
}

export function collectionBody(origin: string, collection: OgcCollection, bbox: number[]): OgcCollectionBody {
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    links: collectionLinks(origin, collection.id),
    extent: { spatial: { bbox: [bbox], crs: CRS84 } },
    itemType: 'feature',
    crs: [CRS84],
    // Stored as EPSG:4326, served as CRS84: the same datum, with longitude first as GeoJSON wants.
    storageCrs: CRS84,
    properties: Object.fromEntries(collection.properties.map((p) => [p.name, {
      type: p.type, description: p.description, ...(p.format ? { format: p.format } : {}), filterable: p.filterable !== false,
    }])),
  };
}

export const collectionsLinks = (origin: string): OgcLink[] => [
  link(`${origin}/ogc/collections`, 'self', JSON_TYPE, 'The feature collections'),
  link(`${origin}/ogc`, 'parent', JSON_TYPE, 'The landing page'),
];
