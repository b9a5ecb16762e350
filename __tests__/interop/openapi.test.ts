import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appointmentJsonSchema } from '../../src';

// docs/openapi.yaml is generated (scripts/generate-openapi.mjs): it must be up to date, valid for
// Redocly's recommended rules, and carry the generated body schema. Redocly runs with its
// telemetry and update check off: the test needs no network.

const root = join(__dirname, '..', '..');
const file = join(root, 'docs', 'openapi.yaml');
const offline = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

function run(command: string, args: string[]): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: root, env: offline, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

interface OpenApi {
  openapi: string;
  webhooks: Record<string, { post: Record<string, unknown> & { responses: Record<string, unknown>; security: unknown } }>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> };
}
const document = parse(readFileSync(file, 'utf8')) as OpenApi;

describe('docs/openapi.yaml', () => {
  it('is what `npm run generate:openapi` writes today', () => {
    const result = run(process.execPath, ['scripts/generate-openapi.mjs', '--check']);
    expect(result.output).toContain('up to date');
    expect(result.code).toBe(0);
  });

  it('passes `redocly lint` (recommended rules)', () => {
    const result = run(join(root, 'node_modules', '.bin', 'redocly'), ['lint', 'docs/openapi.yaml', '--format=stylish']);
    expect(result.output).toContain('Your API description is valid');
    expect(result.code).toBe(0);
  });

  it('is OpenAPI 3.1 with one webhook: the TimeTap appointment POST, its token, and the answers the guides send', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.webhooks)).toEqual(['timetapAppointment']);
    const post = document.webhooks.timetapAppointment?.post;
    expect(Object.keys(post?.responses ?? {}).sort()).toEqual(['200', '400', '404', '413']);
    expect(post?.security).toEqual([{ TimeTapWebhookToken: [] }]);
    expect(document.components.securitySchemes.TimeTapWebhookToken).toMatchObject({ type: 'apiKey', in: 'query', name: 'token' });
  });

  it('lists the decoder error tags a 400 carries (every one but PayloadTooLarge, which is a 413)', () => {
    const rejected = document.components.schemas.TimeTapWebhookRejected as { properties: { error: { enum: string[] } } };
    expect(rejected.properties.error.enum).toEqual(
      expect.arrayContaining(['EmptyBody', 'InvalidEncoding', 'InvalidJson', 'TooDeep', 'ForbiddenKey', 'InvalidPayload', 'BadRequest']),
    );
    expect(rejected.properties.error.enum).not.toContain('PayloadTooLarge');
  });

  it('describes the body with appointmentJsonSchema (its $defs as TimeTap* components)', () => {
    const back = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value).replace(/"#\/components\/schemas\/TimeTap([^"]+)"/g, '"#/$defs/$1"'));
    const { $schema: _dialect, $defs, ...appointment } = appointmentJsonSchema as Record<string, unknown> & { $defs: Record<string, unknown> };
    expect(back(document.components.schemas.TimeTapAppointment)).toEqual(appointment);
    for (const [name, def] of Object.entries($defs)) expect(back(document.components.schemas[`TimeTap${name}`])).toEqual(def);
  });
});
