// Bootstrap authorisation: writes need `Authorization: Bearer $ADMIN_TOKEN` until the account
// system arrives. Compared in constant time so the token cannot be guessed byte by byte.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function createAdminCheck(adminToken: string) {
  const expected = digest(adminToken);

  function isAdmin(request: FastifyRequest): boolean {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  }

  return {
    isAdmin,
    /** preHandler for routes that change data. */
    async requireAdmin(request: FastifyRequest) {
      if (!isAdmin(request)) {
        throw new ProblemError('unauthorized', 'Stuur een geldig token mee: Authorization: Bearer <token>.');
      }
    },
  };
}
export type AdminCheck = ReturnType<typeof createAdminCheck>;
