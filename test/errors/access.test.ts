import { MAX_RATE_LIMIT_RETRIES } from '../../nodes/FreshdeskContacts/shared/requests';
import { byId, useEmulator } from '../harness/emulatorRun';
import { API_KEY, explained } from './support';

const RESTRICTED_KEY = 'fd-restricted-5b1e0c77';

describe('credential and permission errors', () => {
	const { emulator, run } = useEmulator({
		apiKey: API_KEY,
		restrictedApiKey: RESTRICTED_KEY,
		contacts: 0,
		companies: 1,
	});

	test('a key Freshdesk does not know (401) says where to copy the right one', async () => {
		const result = await run(
			{ operation: 'get', contactId: byId(13000000001) },
			{ credentials: { domain: emulator.baseUrl, apiKey: `${API_KEY}-old` } },
		);

		expect(result.requests[0].status).toBe(401);
		const { message, description, httpCode } = explained(result);
		expect(httpCode).toBe('401');
		expect(message).toBe('Freshdesk did not accept the API key');
		expect(description).toBe(
			'Open the Freshdesk Contacts credential and paste the key again: in Freshdesk, click your profile picture → Profile Settings → "Your API Key".',
		);
		expect(`${message}${description}`).not.toContain(`${API_KEY}-old`);
	});

	test("a key whose agent lacks the privilege (403 access_denied) names the role to ask for", async () => {
		const contact = emulator.addContact({ name: 'Protected', email: 'protected@example.com' });

		const result = await run(
			{ operation: 'delete', contactId: byId(contact.id) },
			{ credentials: { domain: emulator.baseUrl, apiKey: RESTRICTED_KEY } },
		);

		expect(result.requests[0].status).toBe(403);
		const { message, description } = explained(result);
		expect(message).toBe('The agent who owns this API key may not do this in Freshdesk');
		expect(description).toContain('the "Delete contact" privilege');
		expect(`${message}${description}`).not.toContain(RESTRICTED_KEY);
		expect(emulator.getContact(contact.id)?.deleted).toBe(false);
	});
});

describe('agent seats', () => {
	const { emulator, run } = useEmulator({
		apiKey: API_KEY,
		agentLimitReached: true,
		contacts: 0,
		companies: 1,
	});

	const AGENT_LIMIT = {
		message: 'Freshdesk has no agent seat left for a full-time agent',
		description:
			'Turn on "Occasional" to convert the contact to an occasional (day pass) agent, or free a seat in Freshdesk (Admin → Agents) first.',
	};

	test('asking for a full-time agent with no seat left (400 on occasional) points to Occasional', async () => {
		const contact = emulator.addContact({ name: 'Would Be Agent', email: 'agent@example.com' });

		const result = await run({ operation: 'makeAgent', contactId: byId(contact.id), occasional: false });

		expect(result.requests[0].status).toBe(400);
		expect(result.requests[0].body).toEqual({ occasional: false });
		expect(explained(result)).toEqual({ httpCode: '400', ...AGENT_LIMIT });
	});

	test('the 403 max_agents_reached Freshdesk sends without "occasional" reads the same', async () => {
		const contact = emulator.addContact({ name: 'Would Be Agent', email: 'agent2@example.com' });

		const result = await run({
			operation: 'makeAgent',
			contactId: byId(contact.id),
			occasional: '={{ undefined }}',
		});

		expect(result.requests[0].status).toBe(403);
		expect(result.requests[0].body).toEqual({});
		expect(explained(result)).toEqual({ httpCode: '403', ...AGENT_LIMIT });
	});

	test('an occasional agent needs no seat and goes through', async () => {
		const contact = emulator.addContact({ name: 'Day Pass', email: 'daypass@example.com' });

		const result = await run({ operation: 'makeAgent', contactId: byId(contact.id), occasional: true });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ agent: { occasional: true } });
	});
});

describe('rate limit and server errors', () => {
	const { emulator, run } = useEmulator({ apiKey: API_KEY, contacts: 0, companies: 1 });

	test('429 past the retries says how long Freshdesk asked to wait and how to avoid it', async () => {
		const contact = emulator.addContact({ name: 'Busy', email: 'busy@example.com' });
		emulator.forceRateLimit(MAX_RATE_LIMIT_RETRIES + 1, 0);

		const result = await run({ operation: 'get', contactId: byId(contact.id) });

		expect(result.requests.map((request) => request.status)).toEqual(
			Array(MAX_RATE_LIMIT_RETRIES + 1).fill(429),
		);
		const { message, description, httpCode } = explained(result);
		expect(httpCode).toBe('429');
		// The retry wording belongs to the retry loop; the explanation of the 429 is checked here.
		expect(message).toMatch(/^Freshdesk's rate limit was (still )?reached/);
		expect(description).toContain('API calls per minute for the whole account');
	});

	test('a 500 says the problem is on Freshdesk\'s side', async () => {
		emulator.injectFault({ kind: 'status', status: 500 });

		const result = await run({ operation: 'getFields', fieldTypes: 'all' });

		expect(result.requests[0].status).toBe(500);
		expect(explained(result)).toEqual({
			httpCode: '500',
			message: 'Freshdesk failed with status 500',
			description:
				"The problem is on Freshdesk's side. Run the node again later; nothing was reported as done.",
		});
	});
});
