import type { INodeParameters } from 'n8n-workflow';

import type { EmulatorOptions, RecordedRequest } from '../emulator';
import { FreshdeskEmulator } from '../emulator';
import type { RunOptions, RunResult } from './runNode';
import { runNode } from './runNode';

export interface EmulatorRunResult extends RunResult {
	requests: RecordedRequest[];
}

export type Run = (
	parameters: INodeParameters,
	options?: Partial<Omit<RunOptions, 'parameters'>>,
) => Promise<EmulatorRunResult>;

/**
 * Starts one emulator for a test file, restores its seeded state before each test, and runs the
 * node against it with a credential pointing at it. Each result carries the requests the emulator
 * received during that run.
 */
export function useEmulator(options?: EmulatorOptions): { emulator: FreshdeskEmulator; run: Run } {
	const emulator = new FreshdeskEmulator(options);

	beforeAll(async () => await emulator.start());
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());

	const run: Run = async (parameters, runOptions = {}) => {
		emulator.clearRequests();
		const result = await runNode({
			credentials: { domain: emulator.baseUrl, apiKey: emulator.apiKey, pcid: 'test' },
			...runOptions,
			parameters,
		});
		return { ...result, requests: [...emulator.requests] };
	};

	return { emulator, run };
}

/** A resource-locator value as the editor stores it. */
export function byId(id: string | number) {
	return { __rl: true, mode: 'id', value: String(id) };
}
