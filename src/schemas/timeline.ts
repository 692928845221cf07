// GET /influence/timeline: influence between two actors over time, one point per year or month.
import { z } from 'zod'
import { TIMELINE_FORMATS } from '../lib/media-types.js'
import { InfluenceQuery, ModelSchema } from './analysis.js'

/** The most points one request computes (each is an /influence of its own): ten years of months. */
export const MAX_POINTS = 120

const Period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be a year YYYY or a month YYYY-MM')
  .describe('a year (2018) or a month (2024-06)')

export const TimelineQuery = InfluenceQuery.omit({ asOf: true, k: true }).extend({
  start: Period.meta({ example: '2000' }).describe('the first point: a year or a month (a year starts at its January when step=month)'),
  end: Period.meta({ example: '2026' }).describe(
    'the last point: a year or a month (a year ends at its December when step=month); not before start',
  ),
  step: z.enum(['year', 'month']).default('year').describe('one point per year (t = YYYY) or per month (t = YYYY-MM)'),
  format: z.enum(TIMELINE_FORMATS).optional().describe('json, csv or svg; absent: chosen by the Accept header (default json)'),
  // knownAt comes from InfluenceQuery: every point is asOf its step and knownAt the request's knownAt.
})

export const TimelinePoint = z
  .object({
    t: z.string().describe('the step: YYYY or YYYY-MM; the point is /influence with asOf = t'),
    score: z.number().describe('0..1: influence of from over to as of t'),
    reverseScore: z.number().describe('the same, the other way'),
  })
  .meta({ id: 'TimelinePoint' })

export const TimelineResponse = z
  .object({
    from: z.string().describe('the id `from` resolved to'),
    to: z.string().describe('the id `to` resolved to'),
    fromName: z.string().describe('its name'),
    toName: z.string().describe('its name'),
    step: z.enum(['year', 'month']),
    model: ModelSchema.describe('the model and its parameters; asOf is null: each point has its own, its t'),
    query: z
      .object({ from: z.string(), to: z.string(), start: z.string(), end: z.string(), step: z.enum(['year', 'month']) })
      .describe('the request as asked (names as given), for a dashboard to label the series'),
    points: z.array(TimelinePoint).describe('one per step from start to end, in time order'),
  })
  .meta({ id: 'InfluenceTimeline' })

export type TimelineParams = z.infer<typeof TimelineQuery>
export type Timeline = z.infer<typeof TimelineResponse>
