import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExtract } from './extract-command';
import { runIngest } from './ingest-command';

const USAGE = `dpo: Digital Partnership Observatory command line

  dpo extract [--rules-only] FILE...
                        extract partners, instruments and initiatives offline (JSON Lines on stdout);
                        --rules-only: partners and areas by the rules alone, without the partner and area models
  dpo ingest PATH...    submit files or directories to a running gateway

Environment: GATEWAY_URL (default http://localhost:3000), DPO_API_KEY (default: the key in .dpo/api-key)
`;

function apiKey(): string | undefined {
  if (process.env['DPO_API_KEY']) return process.env['DPO_API_KEY'];
  const file = join(process.cwd(), '.dpo', 'api-key');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract': {
      const rulesOnly = args[0] === '--rules-only';
      const files = rulesOnly ? args.slice(1) : args;
      if (!files.length) {
        process.stderr.write('usage: dpo extract [--rules-only] FILE...\n');
        return 64;
      }
      return runExtract(files, process.stdout, process.stderr, { partnerModel: !rulesOnly, areaModel: !rulesOnly });
    }
    case 'ingest': {
      const key = apiKey();
      if (!key) {
        process.stderr.write('dpo ingest needs DPO_API_KEY (or .dpo/api-key, written by npm start)\n');
        return 78;
      }
      return runIngest(args, { gatewayUrl: process.env['GATEWAY_URL'] ?? 'http://localhost:3000', apiKey: key, out: process.stdout, err: process.stderr });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command ? 0 : 64;
    default:
      process.stderr.write(`unknown command '${command}'\n${USAGE}`);
      return 64;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`dpo: ${err.message}\n`);
    process.exitCode = 1;
  },
);
