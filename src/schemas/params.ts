// Request parameters shared by several routes, each bounded: lengths, ranges, formats, enums.
import { z } from 'zod'

/** An actor reference as typed by a user: id, name or alias, any case ("Pyongyang", "prk"). */
export const ActorRef = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120)
  .describe('an actor id, name or alias, case-insensitive (prk, North Korea, Pyongyang)')

export const IdParam = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id')

export const Confidence = z.coerce.number().min(0).max(1).describe('0..1')

export const SearchText = z.string().max(200).describe('case-insensitive substring')

/** asOf: a year, month or day; only relations valid at some point of it count. */
export const AsOf = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('only relations valid at some time in this year, month or day (2018, 2024-06)')
