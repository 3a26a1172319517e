// "Meld een initiatief": anyone may tell us about something new; it waits for a steward's check.
import type { SubmissionInput } from '../../../api/moderation/schemas.ts';
import { api } from '../../api/client.ts';
import { sessionReady } from '../account/session.ts';

export type Submission = SubmissionInput;

export async function submitInitiative(submission: Submission): Promise<{ id: string }> {
  await sessionReady();
  return (await api.send<{ id: string }>('POST', '/api/submissions', submission)).body;
}
