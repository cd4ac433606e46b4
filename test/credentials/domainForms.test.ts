import { FreshdeskEmulator } from '../emulator';
import { routeFreshdeskHostTo } from '../harness/freshdeskHost';
import { runNode } from '../harness/runNode';

const emulator = new FreshdeskEmulator({ contacts: 3 });
let freshdeskHost: Awaited<ReturnType<typeof routeFreshdeskHostTo>>;

beforeAll(async () => {
	await emulator.start();
	freshdeskHost = await routeFreshdeskHostTo('acme.freshdesk.com', Number(new URL(emulator.baseUrl).port));
});
afterAll(async () => {
	await freshdeskHost.close();
	await emulator.stop();
});
beforeEach(() => emulator.clearRequests());

const basic = () => `Basic ${Buffer.from(`${emulator.apiKey}:X`).toString('base64')}`;
const getFields = { resource: 'contact', operation: 'getFields', fieldTypes: 'all' };

describe('a request built from the credential', () => {
	test.each(['acme', 'acme.freshdesk.com', 'https://acme.freshdesk.com/', 'ACME.Freshdesk.com'])(
		'domain %j reaches https://acme.freshdesk.com/api/v2 with the Basic header',
		async (domain) => {
			const connectionsBefore = freshdeskHost.connected.length;

			const { error, items } = await runNode({
				parameters: getFields,
				credentials: { domain, apiKey: emulator.apiKey },
			});

			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThan(0);
			expect(freshdeskHost.connected.slice(connectionsBefore)).toEqual(['acme.freshdesk.com:443']);
			expect(emulator.requests).toHaveLength(1);
			expect(emulator.requests[0].path).toBe('/api/v2/contact_fields');
			expect(emulator.requests[0].headers.host).toBe('acme.freshdesk.com');
			expect(emulator.requests[0].headers.authorization).toBe(basic());
		},
	);

	test.each(['', '/'])('a loopback emulator URL%s reaches the emulator with the Basic header', async (suffix) => {
		for (const base of [emulator.baseUrl, emulator.baseUrl.replace('127.0.0.1', 'localhost')]) {
			emulator.clearRequests();

			const { error } = await runNode({
				parameters: getFields,
				credentials: { domain: `${base}${suffix}`, apiKey: emulator.apiKey },
			});

			expect(error).toBeUndefined();
			expect(emulator.requests.map((request) => request.path)).toEqual(['/api/v2/contact_fields']);
			expect(emulator.requests[0].headers.authorization).toBe(basic());
		}
	});

	test.each([
		'https://evil.example.com',
		'acme.freshdesk.com.evil.example.com',
		`http://127.0.0.2:${1}`,
		'http://acme.freshdesk.com',
	])('domain %j is refused before any request leaves', async (domain) => {
		const connectionsBefore = freshdeskHost.connected.length;

		const { error, items } = await runNode({
			parameters: getFields,
			credentials: { domain, apiKey: emulator.apiKey },
		});

		expect(items).toHaveLength(0);
		expect(error?.message).toBe('The Freshdesk domain in the credential is not a Freshdesk account');
		expect(error?.description).toMatch(/Other hosts are refused so the API key is only sent to Freshdesk/);
		expect(emulator.requests).toHaveLength(0);
		expect(freshdeskHost.connected.length).toBe(connectionsBefore);
	});
});
