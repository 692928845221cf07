// The response serializer: fastify's own fast-json-stringify, compiled once per route and status from
// the JSON Schema that the route's zod response schema produces (z.toJSONSchema, as the OpenAPI
// document is). zod stays the single source; no reply is zod-parsed on its way out (that cost a
// parse of every reply before JSON.stringify). Like zod's object schemas, the compiled serializer
// writes only the properties a schema names (passthrough schemas, such as Problem, keep the rest).
// Responses are checked against openapi.yaml by the contract tests, and test/serializer.test.ts
// checks that every route answers byte for byte what zod's serializer wrote.
import fastJson from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify'
import { z } from 'zod'

type JsonSchema = Record<string, unknown>

/**
 * `anyOf: [{type: T, …}, {type: 'null'}]` (zod's nullable) as `type: [T, 'null']`: the same values,
 * but fast-json-stringify writes a type list by testing the value's type, where an anyOf makes it
 * run a JSON Schema validator over the value for each branch. A nullable `$ref` to one of `definitions`
 * is written out the same way (its own references stay references).
 */
export function simplifyNullables(schema: unknown, definitions: Record<string, JsonSchema> = {}): unknown {
  if (Array.isArray(schema)) return schema.map((s) => simplifyNullables(s, definitions))
  if (schema === null || typeof schema !== 'object') return schema
  const out: JsonSchema = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, simplifyNullables(v, definitions)]))
  const anyOf = out.anyOf as JsonSchema[] | undefined
  if (anyOf?.length !== 2 || anyOf[1].type !== 'null') return out
  const ref = typeof anyOf[0].$ref === 'string' ? definitions[anyOf[0].$ref.replace('#/definitions/', '')] : undefined
  const first = ref ? (simplifyNullables(ref, definitions) as JsonSchema) : anyOf[0]
  if (typeof first.type !== 'string') return out
  const { anyOf: _, ...rest } = out
  return { ...rest, ...first, type: [first.type, 'null'] }
}

/** The JSON Schema a zod response schema serializes by. */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema
  return simplifyNullables(json, (json.definitions ?? {}) as Record<string, JsonSchema>) as JsonSchema
}

/** One serializer per schema: the problem schemas, shared by most routes, are compiled once. */
const compiled = new WeakMap<z.ZodType, (data: unknown) => string>()

/** fastify's serializer compiler, over zod response schemas. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  let write = compiled.get(schema)
  if (write === undefined) {
    write = fastJson(responseJsonSchema(schema))
    compiled.set(schema, write)
  }
  return write
}
