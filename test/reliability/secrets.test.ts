import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import axios from 'axios';
import type { INodeParameters } from 'n8n-workflow';

import { FreshdeskEmulator, type Fault } from '../emulator';
import { byId, useEmulator } from '../harness/emulatorRun';
import { useLookups } from '../harness/loadOptions';
import { runNode } from '../harness/runNode';
import { isNodeError, leaksSecret, nodeTypeAsLoadedByN8n, SECRET_API_KEY } from './support';

const { emulator, run } = useEmulator({ apiKey: SECRET_API_KEY, contacts: 0, companies: 2 });

describe('the leak detector', () => {
	test('finds the key in the error the HTTP client raises for a dropped connection', async () => {
		emulator.injectFault({ kind: 'drop' });

		const failure = await axios
			.get(`${emulator.baseUrl}/api/v2/contacts`, { auth: { username: SECRET_API_KEY, password: 'X' } })
			.catch((error: unknown) => error);

		expect(leaksSecret(failure)).toBeDefined();
	});
});

const FAILURES: Array<[string, () => void, INodeParameters]> = [
	['a dropped connection', () => emulator.injectFault({ kind: 'drop' }), { operation: 'getAll', returnAll: true }],
	[
		'a dropped connection on a write',
		() => emulator.injectFault({ kind: 'drop' }),
		{ operation: 'create', name: 'Leak Check', additionalFields: { email: 'leak@example.com' } },
	],
	['a 500', () => emulator.injectFault({ kind: 'status', status: 500 }), { operation: 'getFields' }],
	['a 404', () => undefined, { operation: 'get', contactId: byId(99999999) }],
	['a 400 validation error', () => undefined, { operation: 'create', name: 'No Identifier' }],
	[
		'the rate limit past its retries',
		() => emulator.forceRateLimit(10, 0),
		{ operation: 'search', query: 'active:true', returnAll: true },
	],
	['a refused Retry-After', () => emulator.forceRateLimit(1, 9999), { operation: 'getAll', returnAll: true }],
	['an invalid input', () => undefined, { operation: 'get', contactId: byId('5/../agents') }],
	[
		'a download that storage refuses',
		() =>
			emulator.injectFault({
				kind: 'status',
				status: 403,
				match: (request) => request.path.startsWith('/downloads/'),
			} as Fault),
		{ operation: 'export', exportOptions: { pollInterval: 0, downloadFile: true } },
	],
];

describe('the API key never reaches output or errors', () => {
	test.each(FAILURES)(
		'after %s, the error in no serialisation holds the key',
		async (_label, arrange, parameters) => {
			arrange();

			const { items, error } = await run(parameters);

			expect(items).toEqual([]);
			expect(isNodeError(error)).toBe(true);
			expect(error?.message).not.toBe('');
			expect(leaksSecret(error)).toBeUndefined();
		},
	);

	test.each(FAILURES)(
		'after %s with On Error set to continue, the error item holds no key',
		async (_label, arrange, parameters) => {
			arrange();

			const { items, error } = await run(parameters, { continueOnFail: true });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].error).toBeDefined();
			expect(leaksSecret(items)).toBeUndefined();
		},
	);

	test('a timeout error holds no key', async () => {
		emulator.injectFault({ kind: 'delay', ms: 30_000 });

		const { error } = await run(
			{ operation: 'getFields', requestOptions: { timeout: 100 } },
			{ nodeType: nodeTypeAsLoadedByN8n() },
		);

		expect(error?.message).toBe('Freshdesk did not answer within 0.1 s');
		expect(leaksSecret(error)).toBeUndefined();
	});

	test('successful output items of every read hold no key', async () => {
		emulator.addContacts(3);
		const outputs = await Promise.all([
			run({ operation: 'getAll', returnAll: true }),
			run({ operation: 'getFields' }),
			run({ operation: 'search', query: 'active:false', returnAll: true }),
		]);

		for (const { items, error } of outputs) {
			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThan(0);
			expect(leaksSecret(items)).toBeUndefined();
		}
	});
});

describe('a key Freshdesk refuses', () => {
	const other = new FreshdeskEmulator({ apiKey: 'the-right-key', contacts: 1 });
	beforeAll(async () => await other.start());
	afterAll(async () => await other.stop());

	test('fails with a message that does not echo the key', async () => {
		const { error } = await runNode({
			credentials: { domain: other.baseUrl, apiKey: SECRET_API_KEY },
			parameters: { operation: 'getAll', returnAll: true },
		});

		expect(error?.message).toBe('Freshdesk did not accept the API key');
		expect(leaksSecret(error)).toBeUndefined();
	});
});

describe('a credential pointing at another host', () => {
	let server: Server;
	let port: number;
	let connections = 0;
	let requests = 0;

	beforeAll(async () => {
		server = createServer((request, response) => {
			requests++;
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end('[]');
		});
		server.on('connection', () => connections++);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', () => resolve()));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));
	beforeEach(() => {
		connections = 0;
		requests = 0;
	});

	const domains = (): string[] => [
		`http://127.0.0.2:${port}`,
		`http://127.0.0.2:${port}/`,
		`127.0.0.2:${port}`,
		`https://127.0.0.2:${port}`,
		`http://acme.freshdesk.com@127.0.0.2:${port}`,
		`http://127.0.0.2:${port}/#acme.freshdesk.com`,
		`http://127.0.0.2:${port}?.freshdesk.com`,
		`http://127.0.0.1@127.0.0.2:${port}`,
	];

	test.each(['getAll', 'get', 'create', 'search', 'export', 'getFields'])(
		'%s sends nothing to it from any form of the domain, and says why',
		async (operation) => {
			for (const domain of domains()) {
				const { error, items } = await runNode({
					credentials: { domain, apiKey: SECRET_API_KEY },
					parameters: {
						operation,
						contactId: byId(42),
						name: 'Nobody',
						query: 'active:true',
						returnAll: true,
					},
				});

				expect(items).toEqual([]);
				expect(error?.message).toBe('The Freshdesk domain in the credential is not a Freshdesk account');
				expect(error?.description).toContain('Other hosts are refused so the API key is only sent to Freshdesk');
				expect(leaksSecret(error)).toBeUndefined();
			}
			expect(connections).toBe(0);
			expect(requests).toBe(0);
		},
	);

	test('the recording server does count a request sent to it', async () => {
		await axios.get(`http://127.0.0.2:${port}/api/v2/contacts`);

		expect(requests).toBe(1);
	});
});

describe('Download File on export', () => {
	test('puts the CSV in the binary output and fetches it without the credential', async () => {
		emulator.addContact({ name: 'Exported Person', email: 'exported@example.com' });

		const { items, error, requests } = await run({
			operation: 'export',
			defaultFields: ['name', 'email'],
			exportOptions: { pollInterval: 0, downloadFile: true },
		});

		expect(error).toBeUndefined();
		const download = requests[requests.length - 1];
		expect(download.path).toMatch(/^\/downloads\/exports\/[0-9a-f]{40}\.csv$/);
		expect(download.headers.authorization).toBeUndefined();
		expect(download.status).toBe(200);
		expect(requests.slice(0, -1).every((request) => request.headers.authorization !== undefined)).toBe(true);

		const file = items[0].binary?.data;
		expect(file?.mimeType).toBe('text/csv');
		expect(file?.fileName).toMatch(/^contacts-export-[0-9a-f]{12}\.csv$/);
		expect(Buffer.from(file?.data ?? '', 'base64').toString('utf8')).toContain('Exported Person,exported@example.com');
		const port = String(download.headers.host).split(':')[1];
		expect(items[0].json.download_url).toBe(`http://localhost:${port}${download.path}`);
	});

	test('puts the file in the field it is told to', async () => {
		const { items } = await run({
			operation: 'export',
			exportOptions: { pollInterval: 0, downloadFile: true, binaryPropertyName: 'contactsCsv' },
		});

		expect(Object.keys(items[0].binary ?? {})).toEqual(['contactsCsv']);
	});

	test('without Download File, returns the URL and requests no file', async () => {
		const { items, requests } = await run({ operation: 'export', exportOptions: { pollInterval: 0 } });

		expect(items[0].binary).toBeUndefined();
		expect(requests.every((request) => request.path.startsWith('/api/v2/'))).toBe(true);
	});

	test('a download storage refuses fails the item with a clear message', async () => {
		emulator.injectFault({ kind: 'status', status: 403, match: (request) => request.path.startsWith('/downloads/') });

		const { error } = await run({
			operation: 'export',
			exportOptions: { pollInterval: 0, downloadFile: true },
		});

		expect(error?.message).toBe('The export file could not be downloaded from Freshdesk (status 403)');
	});
});

describe('editor look-ups', () => {
	const lookups = useLookups({ apiKey: SECRET_API_KEY, contacts: 3 });

	test.each([
		['searchContacts', 'listSearch'],
		['searchCompanies', 'listSearch'],
		['getCustomFields', 'loadOptions'],
	])('%s hit by a dropped connection fails without the key', async (method, kind) => {
		lookups.emulator.injectFault({ kind: 'drop' });

		const { error, requests } =
			kind === 'listSearch' ? await lookups.listSearch(method) : await lookups.loadOptions(method);

		expect(requests).toHaveLength(1);
		expect(error?.message).toBe('The connection to Freshdesk was closed before it answered');
		expect(leaksSecret(error)).toBeUndefined();
	});
});
