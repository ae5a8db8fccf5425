import * as Y from 'yjs';
import { z } from 'zod';

/**
 * Reads the fields of `defaults` from a Y.Map, keeping each value only if it passes its field schema and
 * otherwise using the default. Documents are edited by many clients (and, later, by other versions of the
 * client), so one bad field must not make a whole item or playbook unreadable.
 */
export function readLenient<T extends object>(map: Y.Map<unknown>, shape: z.ZodRawShape, defaults: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const raw = map.get(key);
    const value: unknown = raw instanceof Y.AbstractType ? (raw.toJSON() as unknown) : raw;
    const fieldSchema = shape[key];
    const parsed = fieldSchema ? z.safeParse(fieldSchema, value) : undefined;
    result[key] = parsed?.success ? parsed.data : fallback;
  }
  return result as T;
}
