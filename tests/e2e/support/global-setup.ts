import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder with the demo world built, which every journey's server starts from a copy of. */
    demoDataTemplate: string;
  }
}

/**
 * Builds the demo world once for the whole browser suite: the server builds it in a data folder and
 * stops cleanly; each journey then starts its own server on a copy, so one journey's writes never
 * reach another's.
 */
export default async function setup(project: TestProject) {
  const template = mkdtempSync(path.join(tmpdir(), 'northbridge-e2e-template-'));
  const server = await startServer({ dataDir: template });
  await server.stop();
  project.provide('demoDataTemplate', template);
  return () => rmSync(template, { recursive: true, force: true });
}
