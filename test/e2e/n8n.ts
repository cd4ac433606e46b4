import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

import { describeRun, runCommand } from './processes';
import type { CommandResult } from './processes';

export interface N8nInstall {
	nodeBinary: string;
	n8nBinary: string;
}

export interface BatchResult {
	summary: {
		successfulExecutions: number;
		failedExecutions: number;
		warningExecutions: number;
		errors: Array<{ workflowId: string; error: string }>;
		warnings: Array<{ workflowId: string; error: string }>;
	};
}

/** The n8n install that scripts/install-n8n.sh prepared and handed over in the environment. */
export function installFromEnvironment(): N8nInstall {
	const nodeBinary = process.env.N8N_E2E_NODE_BIN;
	const n8nBinary = process.env.N8N_E2E_N8N_BIN;
	if (!nodeBinary || !n8nBinary) {
		throw new Error('N8N_E2E_NODE_BIN and N8N_E2E_N8N_BIN are not set: run scripts/e2e.sh');
	}
	return { nodeBinary, n8nBinary };
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * `n8n execute` prints log lines around the run's JSON (and, for a failed run, logs it after a
 * banner), so the run is the first top-level object in the output that parses.
 */
export function findPrintedRun(output: string): unknown {
	const lines = output.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{') continue;
		for (let end = start + 1; end < lines.length; end++) {
			if (lines[end] !== '}') continue;
			try {
				return JSON.parse(lines.slice(start, end + 1).join('\n'));
			} catch {
				// A nested object closed at column 0 is not the end of the run; look further.
			}
		}
	}
	return undefined;
}

/** The n8n command line against one user folder, each command's output kept in a log file. */
export class N8nCli {
	constructor(
		private readonly install: N8nInstall,
		private readonly userFolder: string,
		private readonly logDirectory: string,
		private readonly taskBrokerPort: number,
	) {}

	private environment(): NodeJS.ProcessEnv {
		return {
			...process.env,
			PATH: `${path.dirname(this.install.nodeBinary)}${path.delimiter}${process.env.PATH ?? ''}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'freshdesk-contacts-e2e',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			// The Code node's task runner broker listens on 5679 by default, which the playground's
			// emulator uses; a free port keeps e2e runs and a running playground apart.
			N8N_RUNNERS_BROKER_PORT: String(this.taskBrokerPort),
		};
	}

	async run(label: string, args: string[], timeoutMs = 300_000): Promise<CommandResult> {
		const result = await runCommand(this.install.nodeBinary, [this.install.n8nBinary, ...args], {
			env: this.environment(),
			cwd: this.userFolder,
			timeoutMs,
		});
		await writeFile(
			path.join(this.logDirectory, `${label}.log`),
			describeRun(`n8n ${args.join(' ')}`, result),
		);
		return result;
	}

	async importCredentials(file: string): Promise<CommandResult> {
		const result = await this.run('import-credentials', ['import:credentials', `--input=${file}`]);
		if (!/Successfully imported/.test(result.stdout + result.stderr)) {
			throw new Error(describeRun('n8n import:credentials', result));
		}
		return result;
	}

	async importWorkflows(directory: string): Promise<CommandResult> {
		const result = await this.run('import-workflows', [
			'import:workflow',
			'--separate',
			`--input=${directory}`,
		]);
		if (!/Successfully imported/.test(result.stdout + result.stderr)) {
			throw new Error(describeRun('n8n import:workflow', result));
		}
		return result;
	}

	/** Runs one workflow; resolves with the printed run, or undefined when n8n printed none. */
	async execute(workflowId: string): Promise<unknown> {
		const result = await this.run(`execute-${workflowId}`, [
			'execute',
			`--id=${workflowId}`,
			'--rawOutput',
		]);
		// The exit code is not trusted: n8n has been seen to crash at exit after a good run.
		return findPrintedRun(result.stdout);
	}

	/**
	 * Runs all workflows in one n8n process, which saves n8n's start-up (several seconds) per
	 * workflow. A successful run's data lands in `<snapshotDirectory>/<id>-snapshot.json`; a
	 * failed one only leaves its error message in the summary file.
	 */
	async executeBatch(ids: string[], snapshotDirectory: string, summaryFile: string) {
		return this.run('execute-batch', [
			'execute-batch',
			`--ids=${ids.join(',')}`,
			`--snapshot=${snapshotDirectory}`,
			`--output=${summaryFile}`,
			// A failing workflow would otherwise run a second time and double its requests.
			'--retries=0',
		]);
	}
}
