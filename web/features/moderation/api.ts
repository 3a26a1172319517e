// The steward's side of the API (docs/ownership-api.md, Moderation): the queue and the decisions.
import type { z } from 'zod';
import type { Queue } from '../../../api/moderation/schemas.ts';
import { api } from '../../api/client.ts';

export type QueueAnswer = z.infer<typeof Queue>;
export type QueueChange = QueueAnswer['changes'][number];
export type QueueListing = QueueAnswer['review'][number];
export type QueueReport = QueueAnswer['reports'][number];
export type QueueOrganisation = QueueAnswer['organisations'][number];

export const moderationQueue = (signal?: AbortSignal) => api.get<QueueAnswer>('/api/moderation/queue', signal);

export const acceptChange = (id: string, reason?: string) => api.post(`/api/moderation/changes/${encodeURIComponent(id)}/accept`, reason ? { reason } : {});

export const declineChange = (id: string, reason: string) => api.post(`/api/moderation/changes/${encodeURIComponent(id)}/decline`, { reason });

export const resolveReport = (listingId: string, reportId: string, resolution: string) =>
  api.send('PATCH', `/api/listings/${encodeURIComponent(listingId)}/reports/${encodeURIComponent(reportId)}`, {
    status: 'afgehandeld',
    ...(resolution ? { resolution } : {}),
  });

export const approveOrganisation = (id: string) => api.post(`/api/organisations/${encodeURIComponent(id)}/approve`, {});
