import { type ChildProcess, execSync, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { FreshdeskEmulator } from '../emulator';
import type { ClientName, Operation } from './clients';
import type { WorkerResult, WorkerTask } from './worker';

type Case = 'getAll' | 'search' | 'rateLimit';

interface Options {
	cases: Case[];
	sizes: number[];
	repeats: number;
	profileDir?: string;
}

interface Measured extends WorkerResult {
	requests: number;
	rateLimited: number;
	connections: number;
	emulatorCpuMs: number;
}

const CLIENTS: ClientName[] = ['node', 'plainNoKeepAlive', 'plainKeepAlive'];
const LIST_CLIENTS: ClientName[] = ['node', 'bareNode', 'plainNoKeepAlive', 'plainKeepAlive'];
const CLIENT_LABELS: Record<ClientName, string> = {
	node: 'node (RoutingNode)',
	bareNode: 'bare declarative node (RoutingNode)',
	plainNoKeepAlive: 'plain axios, new connection per request',
	plainKeepAlive: 'plain axios, keep-alive',
};
const SEARCH_MATCHES = 400;
const RATE_LIMITED_CONTACTS = 2_000;
const RATE_LIMIT = { limit: 5, windowMs: 1_000 };

function readOptions(argv: string[]): Options {
	const options: Options = {
		cases: ['getAll', 'search', 'rateLimit'],
		sizes: [1_000, 10_000, 50_000],
		repeats: 5,
	};
	for (let index = 0; index < argv.length; index += 2) {
		const [flag, value] = [argv[index], argv[index + 1]];
		if (flag === '--cases') options.cases = value.split(',') as Case[];
		else if (flag === '--sizes') options.sizes = value.split(',').map(Number);
		else if (flag === '--repeats') options.repeats = Number(value);
		else if (flag === '--cpu-prof') options.profileDir = path.resolve(value);
		else throw new Error(`Unknown option ${flag}: use --cases, --sizes, --repeats, --cpu-prof`);
	}
	return options;
}

const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fd-bench-'));

function startWorker(profileDir: string | undefined): ChildProcess {
	return fork(path.join(__dirname, 'worker.ts'), [], {
		execArgv: ['--expose-gc', '-r', 'ts-node/register/transpile-only'],
		// `FreshdeskContacts.node` would otherwise resolve to the codex file `.node.json`.
		env: {
			...process.env,
			N8N_USER_FOLDER: userFolder,
			TS_NODE_PREFER_TS_EXTS: 'true',
			...(profileDir ? { BENCH_CPU_PROFILE_DIR: profileDir } : {}),
		},
		// The node's own log lines (the search cap notice) would interleave with the table.
		stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
	});
}

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: { type: string; message?: string }) => {
			if (message.type === type) {
				child.off('message', onMessage);
				resolve(message as T);
			} else if (message.type === 'failed') reject(new Error(message.message));
		};
		child.on('message', onMessage);
		child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
	});
}

/**
 * One client in its own process, so its memory is its own and the emulator (this process) runs
 * on the other core. The emulator's request log and connection count are read around the run.
 */
async function measureOnce(
	emulator: FreshdeskEmulator,
	client: ClientName,
	operation: Operation,
	options: { rateLimit?: typeof RATE_LIMIT; profileDir?: string } = {},
): Promise<Measured> {
	const child = startWorker(options.profileDir);
	const task: WorkerTask = {
		client,
		operation,
		target: { baseUrl: emulator.baseUrl, apiKey: emulator.apiKey },
	};
	const ready = nextMessage(child, 'ready');
	child.send({ type: 'task', task });
	await ready;

	// The window starts with the measured run, not with the warm-up.
	const { rateLimit } = options;
	if (rateLimit) emulator.setRateLimit(rateLimit.limit, rateLimit.windowMs);
	emulator.clearRequests();
	let connections = 0;
	const countConnection = () => connections++;
	const server = emulator['server'];
	server?.on('connection', countConnection);
	const cpuBefore = process.cpuUsage();

	const done = nextMessage<{ result: WorkerResult }>(child, 'result');
	child.send({ type: 'go' });
	const { result } = await done;

	const cpu = process.cpuUsage(cpuBefore);
	server?.off('connection', countConnection);
	if (options.rateLimit) emulator.setRateLimit(100_000, 60_000);
	await new Promise((resolve) => child.once('exit', resolve));
	return {
		...result,
		requests: emulator.requests.length,
		rateLimited: emulator.requests.filter((request) => request.status === 429).length,
		connections,
		emulatorCpuMs: (cpu.user + cpu.system) / 1000,
	};
}

function emptyRuns(): Record<ClientName, Measured[]> {
	return { node: [], bareNode: [], plainKeepAlive: [], plainNoKeepAlive: [] };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianOf(runs: Measured[], key: keyof Measured): number {
	return median(runs.map((run) => Number(run[key])));
}

function failures(runs: Measured[], expected: number): number {
	return runs.filter(
		(run) => run.error !== undefined || run.count !== expected || run.uniqueIds !== expected,
	).length;
}

function rotate<T>(list: T[], by: number): T[] {
	return list.map((_, index) => list[(index + by) % list.length]);
}

async function emulatorWith(
	count: number,
	make: (index: number) => { name: string; email: string; tags?: string[] },
): Promise<FreshdeskEmulator> {
	// The default 700/min limit is Freshdesk's; it would throttle the bench itself.
	const emulator = new FreshdeskEmulator({
		contacts: 0,
		rateLimit: { limit: 100_000, windowMs: 60_000 },
	});
	emulator.addContacts(count, make);
	await emulator.start();
	return emulator;
}

const contact = (index: number) => ({
	name: `Bench ${String(index).padStart(6, '0')}`,
	email: `bench${index}@example.com`,
	tags: ['bench'],
});

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const thousands = (value: number) => value.toLocaleString('en');

/** A Markdown table: the client column left-aligned, the figures right-aligned. */
function table(header: string[], rows: Array<Array<string | number>>): string[] {
	const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
	const alignment = header.map((name) => (name === 'client' ? '---' : '---:'));
	return [line(header), line(alignment), ...rows.map(line)];
}

/** Clients of one repeat run back to back under the same load: ratios are taken per repeat. */
function ratio(runs: Record<ClientName, Measured[]>, key: keyof Measured, against: ClientName) {
	const perRepeat = runs.node.map(
		(run, index) => Number(run[key]) / Number(runs[against][index][key]),
	);
	return fixed(median(perRepeat), 2);
}

async function benchGetAll(options: Options, lines: string[]): Promise<void> {
	const rows: Array<Array<string | number>> = [];
	const ratios: Array<Array<string | number>> = [];

	for (const size of options.sizes) {
		const emulator = await emulatorWith(size, contact);
		const runs = emptyRuns();
		for (let repeat = 0; repeat < options.repeats; repeat++) {
			for (const client of rotate(LIST_CLIENTS, repeat)) {
				runs[client].push(await measureOnce(emulator, client, 'getAll'));
			}
			process.stderr.write(`getAll ${size}: run ${repeat + 1}/${options.repeats}\n`);
		}
		await emulator.stop();

		const expected = Math.ceil(size / 100);
		for (const client of LIST_CLIENTS) {
			const measured = runs[client];
			const of = (key: keyof Measured, digits = 0) => fixed(medianOf(measured, key), digits);
			rows.push([
				thousands(size),
				CLIENT_LABELS[client],
				`${of('requests')} (${expected})`,
				of('connections'),
				of('wallMs'),
				of('cpuMs'),
				of('emulatorCpuMs'),
				of('peakHeapMB', 1),
				of('peakRssMB', 1),
				of('retainedMB', 1),
				failures(measured, size),
			]);
		}

		ratios.push([
			thousands(size),
			ratio(runs, 'wallMs', 'plainNoKeepAlive'),
			ratio(runs, 'wallMs', 'plainKeepAlive'),
			ratio(runs, 'wallMs', 'bareNode'),
			ratio(runs, 'cpuMs', 'plainNoKeepAlive'),
			ratio(runs, 'cpuMs', 'plainKeepAlive'),
			ratio(runs, 'cpuMs', 'bareNode'),
			ratio(runs, 'peakHeapMB', 'plainNoKeepAlive'),
			ratio(runs, 'retainedMB', 'plainNoKeepAlive'),
			fixed((medianOf(runs.node, 'retainedMB') * 1024) / size, 2),
			fixed(medianOf(runs.node, 'emulatorCpuMs') / expected, 1),
		]);
	}

	lines.push(
		'### Get Many, Return All',
		'',
		...table(
			[
				'contacts',
				'client',
				'requests (expected)',
				'connections',
				'wall ms',
				'client CPU ms',
				'emulator CPU ms',
				'peak heap MB',
				'peak RSS MB',
				'result MB',
				'failures',
			],
			rows,
		),
		'',
		'Node / other client, median over the repeats of the ratio within each repeat:',
		'',
		...table(
			[
				'contacts',
				'wall, vs plain',
				'wall, vs plain keep-alive',
				'wall, vs bare node',
				'client CPU, vs plain',
				'client CPU, vs plain keep-alive',
				'client CPU, vs bare node',
				'peak heap, vs plain',
				'result size, vs plain',
				'node result KB per contact',
				'emulator CPU ms per request',
			],
			ratios,
		),
		'',
	);
}

async function benchSearch(options: Options, lines: string[]): Promise<void> {
	const emulator = await emulatorWith(SEARCH_MATCHES, contact);
	const runs = emptyRuns();
	for (let repeat = 0; repeat < options.repeats; repeat++) {
		for (const client of rotate(CLIENTS, repeat)) {
			runs[client].push(await measureOnce(emulator, client, 'search'));
		}
	}
	await emulator.stop();

	const rows = CLIENTS.map((client) => {
		const of = (key: keyof Measured) => fixed(medianOf(runs[client], key));
		return [
			CLIENT_LABELS[client],
			`${of('requests')} (10)`,
			of('count'),
			of('wallMs'),
			of('cpuMs'),
			of('emulatorCpuMs'),
			failures(runs[client], 300),
		];
	});
	lines.push(
		`### Search, Return All, ${SEARCH_MATCHES} matches ` +
			'(Freshdesk serves at most 10 pages of 30)',
		'',
		...table(
			[
				'client',
				'requests (expected)',
				'returned',
				'wall ms',
				'client CPU ms',
				'emulator CPU ms',
				'failures',
			],
			rows,
		),
		'',
	);
}

/**
 * Freshdesk's window is fixed: with L requests allowed per window, R requests need ceil(R / L)
 * windows, and the last one cannot start before ceil(R / L) - 1 windows have passed.
 */
async function benchRateLimit(options: Options, lines: string[]): Promise<void> {
	const emulator = await emulatorWith(RATE_LIMITED_CONTACTS, contact);
	const clients: ClientName[] = ['node', 'plainNoKeepAlive'];
	const runs = emptyRuns();
	const repeats = Math.min(options.repeats, 3);
	for (let repeat = 0; repeat < repeats; repeat++) {
		for (const client of rotate(clients, repeat)) {
			const limited = { rateLimit: RATE_LIMIT };
			runs[client].push(await measureOnce(emulator, client, 'getAll', limited));
		}
	}
	await emulator.stop();

	const { limit, windowMs } = RATE_LIMIT;
	const pages = Math.ceil(RATE_LIMITED_CONTACTS / 100);
	const windows = Math.ceil(pages / limit);
	const floorMs = (windows - 1) * windowMs;
	const rows = clients.map((client) => {
		const measured = runs[client];
		const wallMs = medianOf(measured, 'wallMs');
		return [
			`${CLIENT_LABELS[client]}, waits Retry-After`,
			pages,
			fixed(medianOf(measured, 'requests')),
			fixed(medianOf(measured, 'rateLimited')),
			fixed(wallMs),
			floorMs,
			fixed(wallMs / floorMs, 2),
			failures(measured, RATE_LIMITED_CONTACTS),
		];
	});
	lines.push(
		`### Return All over ${thousands(RATE_LIMITED_CONTACTS)} contacts, ` +
			`limit ${limit} requests per ${windowMs / 1000} s window`,
		'',
		...table(
			[
				'client',
				'pages',
				'requests incl. 429',
				'429 answers',
				'wall ms',
				'floor ms',
				'wall / floor',
				'failures',
			],
			rows,
		),
		'',
		`Floor: ${pages} requests at ${limit} per fixed window need ${windows} windows; the last ` +
			`cannot open before ${windows - 1} full windows have passed. Retry-After is whole ` +
			'seconds rounded up, so a client that obeys it resumes 1 s after the 429, later than ' +
			"the window's end by the time that window's requests took.",
		'',
	);
}

function loadAverage(): string {
	return os
		.loadavg()
		.map((load) => load.toFixed(2))
		.join(', ');
}

function git(command: string): string {
	const root = path.join(__dirname, '../..');
	return execSync(`git ${command}`, { cwd: root, encoding: 'utf8' }).trim();
}

function machine(): string[] {
	const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
	const memory = execSync('free -h', { encoding: 'utf8' }).trimEnd();
	const uncommitted = git('status --porcelain -- nodes credentials')
		? ', with uncommitted changes in nodes/ or credentials/'
		: '';
	return [
		`- CPU: ${cpu ?? 'unknown'}, nproc: ${execSync('nproc', { encoding: 'utf8' }).trim()}`,
		`- Node ${process.version}, n8n-core ${require('n8n-core/package.json').version}`,
		`- Code: commit ${git('rev-parse --short HEAD')}${uncommitted}`,
		'- Memory (`free -h`):',
		'',
		'```',
		memory,
		'```',
	];
}

const METHOD = [
	'### Method',
	'',
	'- The emulator runs in the bench process on 127.0.0.1. Every measured run is a fresh',
	'  child process (`--expose-gc`, ts-node transpile-only) holding one client, so the',
	"  child's memory and CPU are that client's alone and the emulator runs on the other",
	'  core.',
	'- The child first makes a warm-up call (200 contacts) so module loading and JIT are',
	'  not timed, then forces two GCs and takes its baseline.',
	'- Wall time covers the run alone. Client CPU is `process.cpuUsage()` of the child over',
	'  the run; emulator CPU is `process.cpuUsage()` of the bench process over the same',
	'  run.',
	'- Peak heap and peak RSS: the child samples the V8 heap in use every 10 ms and the RSS',
	'  every 50 ms during the run (and once at its end); the highest sample minus the',
	'  baseline. A sample costs about 2 us (heap) and 50 us (RSS). Result MB: heapUsed',
	'  after two forced GCs with the result still referenced, minus heapUsed after dropping',
	'  it and collecting again, i.e. the size of one copy of the output. Peak heap also',
	'  holds response bodies not yet collected, for every client alike; a second copy of',
	"  the result would show as the node's peak exceeding the plain loop's by about one",
	'  result size.',
	'- Requests, 429 answers and TCP connections are counted by the emulator.',
	'- Clients run in rotated order within each repeat; tables give medians over the',
	'  repeats.',
	"- The plain loops use axios (the HTTP library under n8n's request helper), Basic auth",
	'  with the API key, `per_page=100`, and follow the `Link` header. One opens a new',
	'  connection per request as n8n 2.41.1 does: that is the fair comparison for the node.',
	'  The other keeps the connection alive, which n8n does not offer: it shows what the',
	'  connections cost. "vs plain" without more means the loop with a new connection per',
	'  request.',
	'- The bare declarative node (test/bench/bareNode.ts) runs through the same RoutingNode',
	'  with the same request defaults and credential but only a page loop and one',
	"  post-receive step: the routing engine's own cost. The node against it shows what its",
	'  pagination, retry and post-processing add.',
];

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	const started = Date.now();
	const loadAtStart = loadAverage();
	if (options.profileDir) {
		const emulator = await emulatorWith(options.sizes[0], contact);
		for (const client of ['node', 'bareNode', 'plainNoKeepAlive'] as const) {
			const profileDir = path.join(options.profileDir, client);
			const measured = await measureOnce(emulator, client, 'getAll', { profileDir });
			const summary = `${measured.requests} requests in ${fixed(measured.wallMs)} ms`;
			console.log(`${client}: ${summary}, profile in ${profileDir}`);
		}
		await emulator.stop();
		return;
	}

	const lines: string[] = [];
	if (options.cases.includes('getAll')) await benchGetAll(options, lines);
	if (options.cases.includes('search')) await benchSearch(options, lines);
	if (options.cases.includes('rateLimit')) await benchRateLimit(options, lines);
	lines.push(
		...METHOD,
		'',
		'### Machine',
		'',
		...machine(),
		'',
		`Load average at start: ${loadAtStart}; at end: ${loadAverage()}. ` +
			`Bench took ${fixed((Date.now() - started) / 1000)} s.`,
	);
	console.log(lines.join('\n'));
}

main().then(
	() => fs.rmSync(userFolder, { recursive: true, force: true }),
	(error: Error) => {
		console.error(error.stack ?? error.message);
		process.exitCode = 1;
	},
);
