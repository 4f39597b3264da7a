import type { UpstreamRoute } from "../upstream-route";
import { FilesApi, type FilesApiOptions } from "./files-api";
import { FineTuningJobsApi, type FineTuningJobsApiOptions } from "./fine-tuning-jobs-api";
import { SimulatedClock } from "./simulated-clock";

export type FineTuningSimulationOptions = FilesApiOptions & FineTuningJobsApiOptions;

/** The Files and fine-tuning jobs APIs of the loopback upstream, and the handles tests steer them with. */
export interface FineTuningSimulation {
  /** Uploaded files; `failNextFile(detail)` makes the next upload fail processing. */
  files: FilesApi;
  /** Jobs; `advance(jobId?, ticks?)` moves them, `failNextJob(error, {atStep})` makes the next one fail. */
  jobs: FineTuningJobsApi;
  /** The simulated clock every `created_at` reads. */
  clock: SimulatedClock;
  routes(): UpstreamRoute[];
}

export function createFineTuningSimulation(options: FineTuningSimulationOptions = {}): FineTuningSimulation {
  const clock = new SimulatedClock();
  const files = new FilesApi(clock, options);
  const jobs = new FineTuningJobsApi(clock, files, options);
  return { files, jobs, clock, routes: () => [...files.routes(), ...jobs.routes()] };
}
