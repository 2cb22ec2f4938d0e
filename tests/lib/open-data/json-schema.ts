import Ajv2020 from 'ajv/dist/2020';

/**
 * An ajv validator for JSON Schema draft 2020-12, strict, with the string formats zod's schemas
 * use (ajv checks formats only once they are defined; ajv-formats is not a dependency).
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => URL.canParse(value) });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  return ajv;
}
