// Preloaded (node -r) into the CLI under test: records each worker thread the
// CLI starts and what it posts back, as JSON in the file named by
// INVITE_LINT_TEST_SPY when the process exits. Workers load it too and skip it.
const threads = require('node:worker_threads');
const { writeFileSync } = require('node:fs');

const spyFile = process.env.INVITE_LINT_TEST_SPY;
if (threads.isMainThread && spyFile) {
  const started = [];
  const Worker = threads.Worker;
  threads.Worker = class SpiedWorker extends Worker {
    constructor(file, options) {
      const record = { slice: options.workerData.slice, files: options.workerData.files.length, posted: 0, fixed: 0, failed: false };
      started.push(record);
      super(file, options);
      this.on('message', (outcomes) => {
        record.posted += outcomes.length;
        record.fixed += outcomes.filter((outcome) => outcome.report && outcome.report.fixed).length;
      });
      this.on('error', () => {
        record.failed = true;
      });
    }
  };
  process.on('exit', () => writeFileSync(spyFile, JSON.stringify(started)));
}
