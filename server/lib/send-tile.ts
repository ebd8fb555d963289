import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseCoding, etagFor, matchesEtag, readyBody, type Coding, type EncodedTile } from '../../tiles/cache/encoded-tile';

const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

/**
 * Answers with an encoded tile, the same way for Corridor's layers and the basemap: 204 when
 * empty, the encoding the client accepts, a strong ETag and 304 when it matches.
 */
export function sendTile(
  request: FastifyRequest, reply: FastifyReply, tile: EncodedTile, cacheControl: string,
  compress: (coding: Coding) => Promise<Buffer>,
) {
  reply.header('Cache-Control', cacheControl);
  reply.header('Vary', 'Accept-Encoding');
  if (tile.empty) return reply.code(204).send();
  const coding = chooseCoding(request.headers['accept-encoding']);
  reply.header('ETag', etagFor(tile, coding));
  if (matchesEtag(request.headers['if-none-match'], tile)) return reply.code(304).send();
  reply.type(MVT_TYPE);
  if (coding !== 'identity') reply.header('Content-Encoding', coding);
  const ready = readyBody(tile, coding);
  return ready ? reply.send(ready) : compress(coding).then((body) => reply.send(body));
}
