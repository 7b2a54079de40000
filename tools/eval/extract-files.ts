// eslint-disable-next-line @nx/enforce-module-boundaries -- the evaluation runs the command line's own extract command, in process
import { runExtract } from '../../apps/cli/src/extract-command';

/** Runs the CLI's extract command without starting the app: `extract-files.ts FILE...` */
runExtract(process.argv.slice(2), process.stdout, process.stderr).then((code) => {
  process.exitCode = code;
});
