import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';

import { type ClientName, makeClient, type Operation, type Target } from './clients';

/** Sent by run.ts: one client, one operation, one measured run. */
export interface WorkerTask {
	client: ClientName;
	operation: Operation;
	target: Target;
}

export interface WorkerResult {
	count: number;
	uniqueIds: number;
	error?: string;
	wallMs: number;
	cpuMs: number;
	peakHeapMB: number;
	peakRssMB: number;
	retainedMB: number;
	maxRssMB: number;
}

type ParentMessage = { type: 'task'; task: WorkerTask } | { type: 'go' };

const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 10;
const WARM_UP_LIMIT = 200;

function collectGarbage(): void {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error('run the worker with --expose-gc');
	gc();
	gc();
}

function send(message: unknown): void {
	process.send?.(message);
}

function nextMessage(): Promise<ParentMessage> {
	return new Promise((resolve) => process.once('message', resolve));
}

/** With BENCH_CPU_PROFILE_DIR set, profiles the measured run only, not loading and warm-up. */
async function startProfiler(): Promise<(() => Promise<void>) | undefined> {
	const directory = process.env.BENCH_CPU_PROFILE_DIR;
	if (!directory) return undefined;
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: 100 });
	await session.post('Profiler.start');
	return async () => {
		const { profile } = await session.post('Profiler.stop');
		fs.mkdirSync(directory, { recursive: true });
		const file = path.join(directory, `run-${process.pid}.cpuprofile`);
		fs.writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
	};
}

async function measure(task: WorkerTask): Promise<WorkerResult> {
	const fetch = makeClient(task.client, task.target);
	// A fresh process compiles and loads lazily on first use; n8n runs warm.
	await fetch(task.operation, WARM_UP_LIMIT);
	send({ type: 'ready' });
	await nextMessage();

	collectGarbage();
	const base = process.memoryUsage();
	let peakHeap = base.heapUsed;
	let peakRss = base.rss;
	// Reading RSS costs a /proc read (about 50 us here), the heap figure about 2 us: RSS is read
	// every fifth sample.
	let samples = 0;
	const sample = () => {
		peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
		if (samples++ % 5 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
	};
	const sampler = setInterval(sample, SAMPLE_EVERY_MS);

	const profiler = await startProfiler();
	const cpuBefore = process.cpuUsage();
	const started = process.hrtime.bigint();
	const fetched = await fetch(task.operation);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const cpu = process.cpuUsage(cpuBefore);
	samples = 0;
	sample();
	clearInterval(sampler);
	await profiler?.();

	collectGarbage();
	const holding = process.memoryUsage().heapUsed;
	const result: WorkerResult = {
		count: fetched.count,
		uniqueIds: fetched.uniqueIds,
		error: fetched.error,
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		peakHeapMB: (peakHeap - base.heapUsed) / MB,
		peakRssMB: (peakRss - base.rss) / MB,
		retainedMB: 0,
		maxRssMB: (process.resourceUsage().maxRSS * 1024 - base.rss) / MB,
	};

	// Against the baseline this would also count what the run left cached or freed; dropping
	// only the result isolates its own size.
	fetched.keep = undefined;
	collectGarbage();
	result.retainedMB = (holding - process.memoryUsage().heapUsed) / MB;
	return result;
}

process.once('message', (message: ParentMessage) => {
	if (message.type !== 'task') return;
	measure(message.task).then(
		(result) => {
			send({ type: 'result', result });
			process.disconnect?.();
		},
		(error: Error) => {
			send({ type: 'failed', message: error.stack ?? error.message });
			process.disconnect?.();
		},
	);
});
