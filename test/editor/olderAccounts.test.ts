import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { lookupContext } from '../harness/loadOptions';

// Older Freshdesk accounts list dropdown choices as plain strings; the emulator models the
// newer {label, value} objects, so this account is served from a fixed response.
const OLDER_ACCOUNT_FIELDS = [
	{ id: 1, name: 'name', label: 'Full name', type: 'default_name', default: true },
	{
		id: 2,
		name: 'region',
		label: 'Region',
		type: 'custom_dropdown',
		default: false,
		choices: ['EMEA', 'APAC', 'Americas'],
	},
];

let server: Server;
let baseUrl: string;
const seen: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		seen.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify(OLDER_ACCOUNT_FIELDS));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));

test('dropdown choices given as plain strings are offered as they are', async () => {
	const { nodeType, context } = lookupContext({
		credentials: { domain: baseUrl, apiKey: 'older-key' },
		parameters: { operation: 'update', updateFields: { customFields: { field: [{ name: 'region|dropdown' }] } } },
		path: 'parameters.updateFields.customFields.field[0].dropdownValue',
	});

	const options = await nodeType.methods.loadOptions.getCustomFieldChoices.call(context);

	expect(options).toEqual([
		{ name: 'EMEA', value: 'EMEA' },
		{ name: 'APAC', value: 'APAC' },
		{ name: 'Americas', value: 'Americas' },
	]);
	expect(seen).toEqual([
		`GET /api/v2/contact_fields ${'Basic ' + Buffer.from('older-key:X').toString('base64')}`,
	]);
});
