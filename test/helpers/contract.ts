// Validates real responses against openapi.yaml: finds the operation for a URL, the response for its
// status and content type, and checks the body with a JSON Schema 2020-12 validator (OpenAPI 3.1).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../../src/local-neo4j.js'

export const spec = parse(readFileSync(path.join(ROOT, 'openapi.yaml'), 'utf8'))

const ajv = new Ajv2020({ strict: false, allErrors: true })
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
ajv.addSchema({ $id: 'openapi.yaml', components: spec.components })

/** The OpenAPI path template that matches a concrete path: /actors/prk → /actors/{id}. */
export function templateOf(urlPath: string): string | undefined {
  return Object.keys(spec.paths).find((template) => {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    return re.test(urlPath)
  })
}

/** Compiled validators, one per operation, status and media type: the fuzz test checks thousands of bodies. */
const validators = new Map<string, ValidateFunction>()
function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) {
    validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.yaml#/components/')))
    validators.set(key, validate)
  }
  return validate
}

/** Returns the validation errors (empty when the response matches the contract). */
export function contractErrors(
  url: string,
  status: number,
  contentType: string,
  body: string,
  method: 'get' | 'post' | 'put' | 'delete' = 'get',
): string[] {
  const urlPath = url.split('?')[0]
  const template = templateOf(urlPath)
  const operation = template === undefined ? undefined : spec.paths[template][method]
  if (!template || !operation) return [`no operation for ${method.toUpperCase()} ${urlPath}`]
  const responses = operation.responses
  const response = responses[String(status)]
  if (!response) return [`${template}: status ${status} is not documented`]
  const media = contentType.split(';')[0].trim()
  const content = response.content?.[media]
  if (!content) return [`${template} ${status}: content type ${media} is not documented`]
  if (!content.schema || media.includes('xml') || media.startsWith('text/')) return []
  const validate = validatorFor(`${method} ${template} ${status} ${media}`, content.schema)
  if (validate(JSON.parse(body))) return []
  return (validate.errors ?? []).map((e) => `${template} ${status}: ${e.instancePath} ${e.message}`)
}
