import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * A success answer written by a serializer compiled from its Zod contract (fast-json-stringify
 * over the contract's JSON Schema), for large list answers served under load: checking every field
 * of every row through Zod on each response cost about as much as the page's query (BENCHMARKS.md,
 * ADR 034). The contract still decides what is written: only the properties it declares, at every
 * depth (`additionalProperties: false`), so a private column the service handed over by mistake is
 * left out exactly as Zod would strip it. What it no longer does is refuse a value of the wrong
 * type at run time; the service's types check that at compile time. Error answers keep Zod.
 */
export function compileContractSerializer(schema: z.ZodType): (data: unknown) => string {
  const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
}

/** A route's serializer compiler: compiled for its 200 answer, Zod for everything else. */
export const compiledSuccessSerializer: FastifySerializerCompiler<unknown> = (route) =>
  String(route.httpStatus) === '200' ? compileContractSerializer(route.schema as z.ZodType) : serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
