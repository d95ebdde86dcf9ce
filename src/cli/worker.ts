import { runJob, type Job, type JobResult } from './job.js'

/** tinypool worker: each worker thread loads the dictionaries once and analyses many jobs. */
export default function work(job: Job): JobResult {
  return runJob(job)
}
