// The audit log: every change to a listing or organisation, written in the same transaction as
// the change itself, so history and data can never disagree.
import { desc, eq, and } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { changesAsJson, type FieldChange } from '../listings/diff.ts';
import type { Actor } from '../policies/actor.ts';

export type AuditEntityType = 'listing' | 'organisation' | 'user';

/** Who did it, as the history shows it. Anonymous actions name their route (e.g. the signed link). */
export type AuditActor = { id: string | null; label: string };

export const auditActorOf = (actor: Actor, anonymousLabel = 'Inwoner (zonder account)'): AuditActor =>
  actor.kind === 'user' ? { id: actor.id, label: actor.name } : { id: null, label: anonymousLabel };

export type AuditStore = ReturnType<typeof createAuditStore>;

export function createAuditStore(db: Db) {
  return {
    record(entry: { actor: AuditActor; entityType: AuditEntityType; entityId: string; action: string; changes?: FieldChange[]; reason?: string | null }) {
      db.insert(auditLog)
        .values({
          actorId: entry.actor.id,
          actorLabel: entry.actor.label,
          entityType: entry.entityType,
          entityId: entry.entityId,
          action: entry.action,
          changes: changesAsJson(entry.changes ?? []),
          reason: entry.reason ?? null,
        })
        .run();
    },

    history(entityType: AuditEntityType, entityId: string, limit = 500) {
      return db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .all()
        .map((r) => ({ id: r.id, at: r.at, actor: { id: r.actorId, name: r.actorLabel }, action: r.action, changes: r.changes, reason: r.reason }));
    },

    /** Merging moves the duplicate's history along with it, marked as such. */
    copyHistory(entityType: AuditEntityType, fromId: string, toId: string) {
      const rows = db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, fromId))).all();
      for (const { id: _id, ...row } of rows) {
        db.insert(auditLog).values({ ...row, entityId: toId, action: `${row.action} (samengevoegd)` }).run();
      }
    },
  };
}
