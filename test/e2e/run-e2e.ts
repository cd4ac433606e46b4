/**
 * Runs the packed package inside a real n8n: builds and packs it, installs the tarball the way
 * n8n installs community packages, imports a credential and the workflows in ./workflows, runs
 * them with the n8n command line and checks each against its `<name>.expect.json`.
 *
 * Started by scripts/e2e.sh, which installs n8n first. Arguments, if any, are workflow names to
 * run instead of all of them. E2E_KEEP=1 keeps the temporary folder for a look afterwards.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { FreshdeskEmulator } from '../emulator';
import type { WorkflowExpectation } from './expectations';
import { outputDifferences, requestDifferences } from './expectations';
import { freePort, installFromEnvironment, N8nCli } from './n8n';
import type { BatchResult } from './n8n';
import { runOrThrow } from './processes';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
const WORKFLOW_DIRECTORY = path.join(__dirname, 'workflows');
const PACKAGE_NAME = 'n8n-nodes-freshdesk-contacts';
const NODE_TYPE = `${PACKAGE_NAME}.freshdeskContacts`;
const CREDENTIAL_TYPE = 'freshdeskContactsApi';
const API_KEY = 'e2e-api-key';
const DEFAULT_NODE = 'Freshdesk Contacts';

interface WorkflowCase {
	name: string;
	workflow: Record<string, unknown> & { nodes: WorkflowNode[] };
	expectation: WorkflowExpectation;
	/** Each workflow gets its own emulator and credential, so runs share neither data nor logs. */
	emulator: FreshdeskEmulator;
	workflowId: string;
	credentialId: string;
}

interface WorkflowNode {
	name: string;
	type: string;
	credentials?: Record<string, { id: string; name: string }>;
}

interface NodeRun {
	data?: { main?: Array<Array<{ json: unknown }> | null> };
}

/** What n8n left of one run: its run data, or only an error message (execute-batch failures). */
interface RunOutcome {
	run?: {
		startedAt?: string;
		stoppedAt?: string;
		data?: {
			resultData?: {
				runData?: Record<string, NodeRun[]>;
				error?: { message?: string; node?: { name?: string } };
				lastNodeExecuted?: string;
			};
		};
	};
	failure?: string;
}

const timings: Array<[string, number]> = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
	const started = Date.now();
	try {
		return await work();
	} finally {
		timings.push([label, (Date.now() - started) / 1000]);
	}
}

async function loadCases(only: string[]): Promise<Array<Omit<WorkflowCase, 'emulator'>>> {
	const files = (await readdir(WORKFLOW_DIRECTORY))
		.filter((file) => file.endsWith('.json') && !file.endsWith('.expect.json'))
		.sort();
	const names = files.map((file) => file.slice(0, -'.json'.length));
	const unknown = only.filter((name) => !names.includes(name));
	if (unknown.length)
		throw new Error(`No workflow named ${unknown.join(', ')} in ${WORKFLOW_DIRECTORY}`);

	const chosen = only.length ? names.filter((name) => only.includes(name)) : names;
	return Promise.all(
		chosen.map(async (name, index) => {
			const read = async (file: string) =>
				JSON.parse(await readFile(path.join(WORKFLOW_DIRECTORY, file), 'utf8'));
			const number = String(index + 1).padStart(3, '0');
			return {
				name,
				workflow: await read(`${name}.json`),
				expectation: (await read(`${name}.expect.json`)) as WorkflowExpectation,
				// execute-batch only accepts ids with a digit in them.
				workflowId: `e2e${number}-${name}`.slice(0, 36),
				credentialId: `e2ecred${number}`,
			};
		}),
	);
}

async function buildAndPack(workDirectory: string): Promise<string> {
	await runOrThrow('npm run build', 'npm', ['run', 'build'], { cwd: REPOSITORY_ROOT });
	const packed = await runOrThrow(
		'npm pack',
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', workDirectory],
		{ cwd: REPOSITORY_ROOT },
	);
	const [{ filename }] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
	return path.join(workDirectory, filename);
}

/**
 * Installs the tarball where n8n looks for community packages. Peer dependencies stay out, as
 * n8n's own installer leaves them out: n8n puts its own modules on NODE_PATH, so the node
 * resolves n8n's n8n-workflow, and a second copy could not even be installed on Node 20 (its
 * native dependency does not compile). `--legacy-peer-deps` rather than `--omit=peer`: the
 * latter still resolves n8n-workflow's whole tree against the registry (160 requests, up to
 * two minutes here) only to leave it out.
 */
async function installPackage(userFolder: string, tarball: string): Promise<void> {
	const nodesDirectory = path.join(userFolder, '.n8n', 'nodes');
	await mkdir(nodesDirectory, { recursive: true });
	await writeFile(
		path.join(nodesDirectory, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }),
	);
	await runOrThrow(
		'npm install of the packed package',
		'npm',
		['install', tarball, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund'],
		{ cwd: nodesDirectory },
	);

	const modules = path.join(nodesDirectory, 'node_modules');
	if (!existsSync(path.join(modules, PACKAGE_NAME, 'package.json'))) {
		throw new Error(`${PACKAGE_NAME} is not in ${modules} after npm install`);
	}
	if (existsSync(path.join(modules, 'n8n-workflow'))) {
		throw new Error(`npm installed the peer dependency n8n-workflow into ${modules}`);
	}
}

function credentialFor(testCase: WorkflowCase) {
	return {
		id: testCase.credentialId,
		name: `Freshdesk emulator (${testCase.name})`,
		type: CREDENTIAL_TYPE,
		// import:credentials encrypts plain data with N8N_ENCRYPTION_KEY.
		data: {
			pcid: 'e2e',
			domain: testCase.emulator.baseUrl,
			apiKey: testCase.expectation.credentialApiKey ?? API_KEY,
		},
	};
}

function workflowFor(testCase: WorkflowCase) {
	const nodes = testCase.workflow.nodes.map((node) =>
		node.type === NODE_TYPE
			? {
					...node,
					credentials: {
						[CREDENTIAL_TYPE]: { id: testCase.credentialId, name: credentialFor(testCase).name },
					},
				}
			: node,
	);
	return {
		...testCase.workflow,
		id: testCase.workflowId,
		name: `e2e ${testCase.name}`,
		nodes,
		active: false,
	};
}

function collectOutputs(runs: NodeRun[]): unknown[][] {
	const outputs: unknown[][] = [];
	for (const run of runs) {
		(run.data?.main ?? []).forEach((items, index) => {
			outputs[index] = [...(outputs[index] ?? []), ...(items ?? []).map((item) => item.json)];
		});
	}
	return outputs;
}

function judge(testCase: WorkflowCase, outcome: RunOutcome): string[] {
	const { expectation } = testCase;
	const node = expectation.node ?? DEFAULT_NODE;
	const result = outcome.run?.data?.resultData;
	const problems: string[] = [];

	if (outcome.failure) problems.push(`the run failed: ${outcome.failure}`);
	else if (!result) problems.push('n8n left no run data for this workflow');

	const error = result?.error;
	if (expectation.error) {
		const { message, node: failingNode } = expectation.error;
		const errorNode = error?.node?.name ?? result?.lastNodeExecuted;
		if (!error) problems.push(`expected the run to fail at ${failingNode}, it succeeded`);
		else if (!error.message?.includes(message) || errorNode !== failingNode) {
			problems.push(
				`expected "${message}" at ${failingNode}, got "${error.message}" at ${errorNode}`,
			);
		}
	} else if (error) {
		problems.push(
			`the run failed at ${error.node?.name ?? result?.lastNodeExecuted}: ${error.message}`,
		);
	}

	if (result && (expectation.outputs || !expectation.error)) {
		const runs = result.runData?.[node];
		if (!runs) problems.push(`node "${node}" did not run`);
		else problems.push(...outputDifferences(expectation.outputs ?? [], collectOutputs(runs), node));
	}

	problems.push(...requestDifferences(expectation, testCase.emulator.requests));
	return problems;
}

/**
 * Workflows that should succeed run together in one n8n process. execute-batch keeps only the
 * description of a failed run, not its message or run data, so the ones that should fail run
 * alone with `n8n execute`, which prints the whole failed run.
 */
async function runWorkflows(
	n8n: N8nCli,
	cases: WorkflowCase[],
	workDirectory: string,
): Promise<Map<string, RunOutcome>> {
	const outcomes = new Map<string, RunOutcome>();
	const together = cases.filter((testCase) => !testCase.expectation.error);
	const alone = cases.filter((testCase) => testCase.expectation.error);

	if (together.length) {
		const snapshotDirectory = path.join(workDirectory, 'snapshots');
		const summaryFile = path.join(workDirectory, 'execute-batch.json');
		await mkdir(snapshotDirectory, { recursive: true });
		const ids = together.map((testCase) => testCase.workflowId);
		const count = `${ids.length} workflow${ids.length === 1 ? '' : 's'}`;
		await timed(`n8n execute-batch (${count})`, () =>
			n8n.executeBatch(ids, snapshotDirectory, summaryFile),
		);
		// The exit code is not trusted: n8n has been seen to crash at exit after a good run.
		if (!existsSync(summaryFile)) {
			throw new Error(
				`n8n execute-batch wrote no summary; see ${workDirectory}/logs/execute-batch.log`,
			);
		}
		const batch = JSON.parse(await readFile(summaryFile, 'utf8')) as BatchResult;
		const failures = [...batch.summary.errors, ...batch.summary.warnings];
		for (const { workflowId } of together) {
			const failure = failures.find((entry) => entry.workflowId === workflowId)?.error;
			const snapshotFile = path.join(snapshotDirectory, `${workflowId}-snapshot.json`);
			const run = existsSync(snapshotFile)
				? JSON.parse(await readFile(snapshotFile, 'utf8'))
				: undefined;
			outcomes.set(workflowId, { run, failure });
		}
	}

	for (const { workflowId } of alone) {
		const run = await timed(`n8n execute ${workflowId}`, () => n8n.execute(workflowId));
		outcomes.set(workflowId, { run: run as RunOutcome['run'] });
	}
	return outcomes;
}

function duration(outcome: RunOutcome | undefined): string {
	const started = Date.parse(outcome?.run?.startedAt ?? '');
	const stopped = Date.parse(outcome?.run?.stoppedAt ?? '');
	return Number.isNaN(started) || Number.isNaN(stopped) ? '' : ` (${stopped - started} ms)`;
}

async function main(): Promise<number> {
	const started = Date.now();
	const install = installFromEnvironment();
	const cases = await loadCases(process.argv.slice(2));
	const workDirectory = await mkdtemp(path.join(os.tmpdir(), 'freshdesk-contacts-e2e-'));
	const userFolder = path.join(workDirectory, 'user');
	const workflowDirectory = path.join(workDirectory, 'workflows');
	const logDirectory = path.join(workDirectory, 'logs');
	for (const directory of [userFolder, workflowDirectory, logDirectory]) {
		await mkdir(directory, { recursive: true });
	}
	console.log(`e2e: ${cases.length} workflows, working in ${workDirectory}`);

	const tarball = await timed('build and pack', () => buildAndPack(workDirectory));
	await timed('install the packed package', () => installPackage(userFolder, tarball));

	const running: WorkflowCase[] = [];
	let failed = 0;
	try {
		for (const testCase of cases) {
			const emulator = new FreshdeskEmulator({ ...testCase.expectation.emulator, apiKey: API_KEY });
			await emulator.start(0);
			running.push({ ...testCase, emulator });
		}

		const n8n = new N8nCli(install, userFolder, logDirectory, await freePort());
		const credentialsFile = path.join(workDirectory, 'credentials.json');
		await writeFile(credentialsFile, JSON.stringify(running.map(credentialFor), null, 2));
		for (const testCase of running) {
			await writeFile(
				path.join(workflowDirectory, `${testCase.name}.json`),
				JSON.stringify(workflowFor(testCase), null, 2),
			);
		}
		await timed('n8n import:credentials', () => n8n.importCredentials(credentialsFile));
		await timed('n8n import:workflow', () => n8n.importWorkflows(workflowDirectory));

		const outcomes = await runWorkflows(n8n, running, workDirectory);
		for (const testCase of running) {
			const outcome = outcomes.get(testCase.workflowId);
			const problems = judge(testCase, outcome ?? {});
			const line = `${testCase.name}${duration(outcome)}: ${testCase.expectation.behaviour}`;
			if (problems.length === 0) {
				console.log(`  ok    ${line}`);
			} else {
				failed++;
				console.log(`  FAIL  ${line}`);
				for (const problem of problems) console.log(`          ${problem}`);
			}
		}
	} finally {
		await Promise.all(running.map((testCase) => testCase.emulator.stop()));
	}

	for (const [label, seconds] of timings) console.log(`  time  ${label}: ${seconds.toFixed(1)}s`);
	console.log(`  time  total: ${((Date.now() - started) / 1000).toFixed(1)}s`);
	if (failed === 0 && !process.env.E2E_KEEP)
		await rm(workDirectory, { recursive: true, force: true });
	else console.log(`  kept  ${workDirectory} (n8n logs in logs/)`);

	console.log(`e2e: ${cases.length - failed} passed, ${failed} failed`);
	return failed === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(error.stack ?? error.message);
		console.log('e2e: 0 passed, 1 failed');
		process.exit(1);
	},
);
