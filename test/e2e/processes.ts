import { spawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';

export interface CommandResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	seconds: number;
}

/** Runs a command to its end and keeps what it printed; never throws on a non-zero exit. */
export function runCommand(
	command: string,
	args: string[],
	options: SpawnOptions & { timeoutMs?: number } = {},
): Promise<CommandResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

		const timer = options.timeoutMs
			? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
			: undefined;
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 });
		});
	});
}

export function describeRun(what: string, result: CommandResult): string {
	const exit = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
	const output = `--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
	return `${what} ended with ${exit} after ${result.seconds.toFixed(1)}s\n${output}`;
}

export async function runOrThrow(
	what: string,
	command: string,
	args: string[],
	options: SpawnOptions & { timeoutMs?: number } = {},
): Promise<CommandResult> {
	const result = await runCommand(command, args, options);
	if (result.code !== 0) throw new Error(describeRun(what, result));
	return result;
}
