// One error type for expected failures, mapped once to RFC 9457 application/problem+json.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

// Zod's own messages (for rules without a custom message) in Dutch.
z.config(z.locales.nl());

export type FieldError = { field: string; in: 'body' | 'querystring' | 'params' | 'headers'; message: string };

const problemTypes = {
  validation: { status: 400, title: 'De invoer klopt niet' },
  'bad-request': { status: 400, title: 'Dit verzoek klopt niet' },
  unauthorized: { status: 401, title: 'Log in om dit te doen' },
  forbidden: { status: 403, title: 'Dit mag je niet doen' },
  'not-found': { status: 404, title: 'Niet gevonden' },
  'method-not-allowed': { status: 405, title: 'Deze methode kan hier niet' },
  conflict: { status: 409, title: 'Dit botst met de huidige gegevens' },
  gone: { status: 410, title: 'Bestaat niet meer' },
  'precondition-failed': { status: 412, title: 'Iemand anders heeft dit intussen gewijzigd' },
  'payload-too-large': { status: 413, title: 'Het verzoek is te groot' },
  'uri-too-long': { status: 414, title: 'Het adres is te lang' },
  'unsupported-media-type': { status: 415, title: 'Dit formaat wordt niet ondersteund' },
  'precondition-required': { status: 428, title: 'Versie ontbreekt' },
  'too-many-requests': { status: 429, title: 'Te veel verzoeken' },
  internal: { status: 500, title: 'Er ging iets mis bij ons' },
  unavailable: { status: 503, title: 'Even niet beschikbaar' },
} as const;
export type ProblemType = keyof typeof problemTypes;

export const problemTypeUri = (type: ProblemType) => `urn:sociale-kaart:problem:${type}`;

/** Expected failures thrown anywhere in a request; the error handler turns them into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** What went wrong underneath, for the log (never sent to the client). */
    cause?: unknown,
  ) {
    super(detail, { cause });
  }
  get status() {
    return problemTypes[this.type].status;
  }
}

/** A zod error from our own (service-level) validation, as field errors of the request body. */
export function validationProblem(error: z.ZodError, where: FieldError['in'] = 'body', prefix = ''): ProblemError {
  const errors = error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(geheel)',
    in: where,
    message: i.message,
  }));
  return new ProblemError('validation', describe(errors), errors);
}

function describe(errors: FieldError[]) {
  const first = errors[0];
  if (!first) return 'De invoer klopt niet.';
  const more = errors.length > 1 ? ` (en nog ${errors.length - 1} andere)` : '';
  return `${first.field}: ${first.message}${more}`;
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ field: z.string(), in: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

function send(reply: FastifyReply, request: FastifyRequest, type: ProblemType, detail: string, errors?: FieldError[]) {
  const { status, title } = problemTypes[type];
  if (type === 'unauthorized') reply.header('WWW-Authenticate', 'Bearer realm="sociale-kaart"');
  return reply
    .status(status)
    .type('application/problem+json')
    .send({ type: problemTypeUri(type), title, status, detail, instance: request.url, ...(errors?.length ? { errors } : {}) });
}

const fastifyCodes: Record<string, ProblemType> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad-request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad-request',
};

/**
 * Errors Fastify meets before a route is found (a broken %-escape, an over-long id) skip the
 * error handler; pass this as the `frameworkErrors` option so they are problem+json too.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(reply, request, 'uri-too-long', 'Een deel van dit adres is te lang.');
  if (error.code === 'FST_ERR_BAD_URL') return send(reply, request, 'bad-request', 'Dit adres bevat een ongeldige %-code.');
  return send(reply, request, 'bad-request', error.message);
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      if (error.status >= 500) request.log.error({ err: error.cause ?? error }, error.detail);
      return send(reply, request, error.type, error.detail, error.errors);
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error.validationContext ?? 'body') as FieldError['in'];
      const errors = error.validation.map((v) => ({
        field: fieldOf(v.instancePath, v.params),
        in: where,
        message: v.message ?? 'Ongeldige waarde.',
      }));
      return send(reply, request, 'validation', describe(errors), errors);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return send(reply, request, 'internal', 'Er ging iets mis bij ons. Probeer het later nog eens.');
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return send(reply, request, mapped, dutchDetail(mapped, error));
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return send(reply, request, 'bad-request', 'De JSON in het verzoek is niet geldig.');
    }
    if (error.statusCode === 429) return send(reply, request, 'too-many-requests', 'Probeer het zo nog eens.');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, 'bad-request', error.message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(reply, request, 'internal', 'Er ging iets mis bij ons. Probeer het later nog eens.');
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 'not-found', `Er is niets op ${request.method} ${request.url.split('?')[0]}.`),
  );
}

/** "/contact/phone" → "contact.phone"; unknown keys carry their names in params, not in the path. */
function fieldOf(instancePath: string, params: unknown): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const keys = (params as { keys?: string[] } | undefined)?.keys;
  const field = keys?.length ? keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : path;
  return field || '(geheel)';
}

function dutchDetail(type: ProblemType, error: FastifyError) {
  switch (type) {
    case 'payload-too-large':
      return 'Het verzoek is groter dan toegestaan.';
    case 'unsupported-media-type':
      return 'Stuur gegevens als application/json.';
    default:
      return error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'Het verzoek heeft geen inhoud, maar die is wel nodig.'
        : 'De JSON in het verzoek is niet geldig.';
  }
}
