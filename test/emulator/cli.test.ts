import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const CLI = join(__dirname, 'cli.ts');
const ROOT = join(__dirname, '..', '..');

describe('emulator CLI', () => {
	it('prints where it listens, serves with the given key and stops on SIGTERM', async () => {
		const child = spawn(
			process.execPath,
			['-r', 'ts-node/register', CLI, '--port', '0', '--contacts', '3', '--api-key', 'cli-key'],
			{ cwd: ROOT, env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' } },
		);
		try {
			const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
			const line = chunk.toString().trim();
			const listening = /^Freshdesk emulator listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/v2 /;
			const match = listening.exec(line);
			expect(line.endsWith(' (API key: cli-key)')).toBe(true);
			expect(match).not.toBeNull();

			const authorization = `Basic ${Buffer.from('cli-key:X').toString('base64')}`;
			const response = await fetch(`${match?.[1]}/api/v2/contacts`, {
				headers: { authorization },
			});
			expect(response.status).toBe(200);
			expect(await response.json()).toHaveLength(3);

			child.kill('SIGTERM');
			const [code] = (await once(child, 'exit')) as [number | null];
			expect(code).toBe(0);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	}, 20_000);
});
