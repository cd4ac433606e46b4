import { FreshdeskEmulator } from '../emulator';
import { runCredentialTest } from '../harness/credentialTest';

const emulator = new FreshdeskEmulator({ restrictedApiKey: 'agent-without-contacts' });

beforeAll(async () => await emulator.start());
afterAll(async () => await emulator.stop());
beforeEach(() => emulator.clearRequests());

describe('credential test', () => {
	test('succeeds with the right key, using one cheap authenticated request', async () => {
		const result = await runCredentialTest({ domain: emulator.baseUrl, apiKey: emulator.apiKey });

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(emulator.requests.map((request) => `${request.method} ${request.path}?${request.rawQuery}`)).toEqual([
			'GET /api/v2/contacts?per_page=1',
		]);
		const expected = `Basic ${Buffer.from(`${emulator.apiKey}:X`).toString('base64')}`;
		expect(emulator.requests[0].headers.authorization).toBe(expected);
	});

	test('says in plain words that the key is wrong', async () => {
		const result = await runCredentialTest({ domain: emulator.baseUrl, apiKey: 'wrong-key' });

		expect(result).toEqual({
			status: 'Error',
			message: 'Freshdesk rejected the API key. Copy it again from Profile Settings.',
		});
	});

	test('says when the key belongs to an agent who may not see contacts', async () => {
		const result = await runCredentialTest({ domain: emulator.baseUrl, apiKey: 'agent-without-contacts' });

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^The API key works but its agent may not view contacts/);
	});

	test('fails without sending anything when the domain is not Freshdesk', async () => {
		const result = await runCredentialTest({ domain: 'https://evil.example.com', apiKey: emulator.apiKey });

		// n8n shows this error; the Domain field's help text says which forms are accepted.
		expect(result).toEqual({ status: 'Error', message: 'Invalid URL' });
		expect(emulator.requests).toHaveLength(0);
	});
});
