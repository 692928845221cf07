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
 * but fast-json-stringify writes a type list directly, where an anyOf makes it test each branch.
 */
export function simplifyNullables(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(simplifyNullables)
  if (schema === null || typeof schema !== 'object') return schema
  const out: JsonSchema = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, simplifyNullables(v)]))
  const anyOf = out.anyOf as JsonSchema[] | undefined
  if (anyOf?.length === 2 && anyOf[1].type === 'null' && typeof anyOf[0].type === 'string') {
    const { anyOf: _, ...rest } = out
    return { ...rest, ...anyOf[0], type: [anyOf[0].type, 'null'] }
  }
  return out
}

/** The JSON Schema a zod response schema serializes by. */
export const responseJsonSchema = (schema: z.ZodType) =>
  simplifyNullables(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' })) as JsonSchema

/** fastify's serializer compiler, over zod response schemas. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => fastJson(responseJsonSchema(schema))
