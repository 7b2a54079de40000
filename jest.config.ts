import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

// One run for every project: unit tests (*.spec.ts), integration (*.int.spec.ts) and
// end-to-end (*.e2e.spec.ts). Each project's preset finds the real servers in global setup.
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
});
