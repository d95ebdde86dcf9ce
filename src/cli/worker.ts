import { runJob } from './job.js'
import type { Job, JobResult } from './lines.js'

/** tinypool worker: each worker thread loads the dictionaries once and analyses many jobs. */
export default function work(job: Job): JobResult {
  return runJob(job)
}
