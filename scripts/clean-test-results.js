// Removes the previous run's test reports, so the summary line counts only this run.
import { rmSync } from 'node:fs';
rmSync('test-results', { recursive: true, force: true });
