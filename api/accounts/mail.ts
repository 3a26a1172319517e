// Outgoing e-mail: through SMTP when SMTP_URL is set; otherwise (development) every message is
// written to DATA_DIR/outbox as JSON, and the dev page /dev/berichten shows them.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { OutboxMessage } from './schemas.ts';

export type Mail = { to: string; subject: string; text: string };

export type Mailer = {
  send(mail: Mail): Promise<void>;
  /** Only for the development outbox: the messages written so far, newest first. */
  outbox: (() => OutboxMessage[]) | null;
};

export function createMailer(options: { smtpUrl: string | null; from: string; dataDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
      outbox: null,
    };
  }
  const dir = join(options.dataDir, 'outbox');
  mkdirSync(dir, { recursive: true });
  return {
    async send(mail) {
      const createdAt = new Date().toISOString();
      const id = `${createdAt.replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
      const message: OutboxMessage = { id, createdAt, ...mail };
      writeFileSync(join(dir, `${id}.json`), JSON.stringify(message, null, 2));
    },
    outbox: () =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
        .slice(0, 200)
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OutboxMessage),
  };
}
