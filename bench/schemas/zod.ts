import { z } from 'zod';
import { AppointmentShape, type Leaf, type Node, type Shape } from './shape';

/**
 * Baseline: the appointment tree of `shape.ts` as zod 4 schemas, written the way a zod user would
 * (`z.looseObject` so unknown keys are kept, `.nullish()` for optional-and-nullable keys, `z.int()`
 * for safe-integer ids, `.refine` for what a type cannot say). Built from the shared shape so the
 * baselines model exactly the same tree; the result is the same schema object a hand-written
 * `z.looseObject({ calendarid: z.int().nullish(), ... })` gives.
 */

const MAX = Number.MAX_SAFE_INTEGER;
const jsonNumber = z.number().min(-MAX).max(MAX);

const leaves: Record<Leaf, z.ZodType> = {
  id: z.int(),
  hhmm: z.int().min(0).max(2400).refine((n) => n % 100 < 60, 'minutes must be below 60'),
  number: jsonNumber,
  timestamp: z.union([z.string(), jsonNumber]),
  string: z.string(),
  boolean: z.boolean(),
  unknown: z.unknown(),
  record: z.record(z.string(), z.unknown()),
  array: z.array(z.unknown()),
  fieldValues: z.union([z.string(), z.array(z.string().nullable())]),
};

const objects = new Map<Shape, z.ZodType>();

/** The zod schema of one node of the shape (not nullable: object keys add `.nullish()`). */
export function zodNode(node: Node): z.ZodType {
  if (typeof node === 'string') return leaves[node];
  if ('arrayOf' in node) return z.array(zodNode(node.arrayOf));
  return zodObject(node.object);
}

function zodObject(shape: Shape): z.ZodType {
  let schema = objects.get(shape);
  if (schema === undefined) {
    const props: Record<string, z.ZodType> = {};
    for (const [key, node] of Object.entries(shape)) props[key] = zodNode(node).nullish();
    schema = z.looseObject(props);
    objects.set(shape, schema);
  }
  return schema;
}

/** The appointment: every key optional and nullable, `calendarid` or `calendarId` required. */
export const AppointmentZod = (zodObject(AppointmentShape) as z.ZodObject).refine(
  (a) => a.calendarid != null || a.calendarId != null,
  { message: 'calendarid or calendarId is required', path: ['calendarid'] },
);
