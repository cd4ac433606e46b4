import { FreshdeskEmulator } from './index';
import { basicAuth, call } from './testClient';

const emulator = new FreshdeskEmulator({ restrictedApiKey: 'restricted-key' });

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const FIRST_CONTACT = '/contacts/13000000001';

describe('authentication', () => {
	it('accepts "Basic <b64>" and the bare Base64 token, ignoring the password', async () => {
		const bare = Buffer.from(`${emulator.apiKey}:anything`).toString('base64');

		const basic = await call(emulator, 'GET', FIRST_CONTACT);
		const withoutScheme = await call(emulator, 'GET', FIRST_CONTACT, {
			apiKey: null,
			headers: { Authorization: bare },
		});

		expect(basic.status).toBe(200);
		expect(withoutScheme.status).toBe(200);
	});

	it.each([
		['a wrong key', { apiKey: 'wrong' }],
		['no Authorization header', { apiKey: null }],
		[
			'the right credentials under another scheme',
			{
				apiKey: null,
				headers: { Authorization: basicAuth('test-api-key').replace('Basic', 'Bearer') },
			},
		],
	])('answers 401 invalid_credentials for %s', async (_case, options) => {
		const response = await call(emulator, 'GET', FIRST_CONTACT, options);

		expect(response.status).toBe(401);
		expect(response.text).toBe(
			'{"code":"invalid_credentials","message":"You have to be logged in to perform this action."}',
		);
	});

	it('answers 403 access_denied to the restricted key', async () => {
		const response = await call(emulator, 'GET', FIRST_CONTACT, { apiKey: 'restricted-key' });

		expect(response.status).toBe(403);
		expect(response.json).toEqual({
			code: 'access_denied',
			message: 'You are not authorized to perform this action.',
		});
	});
});

describe('request format', () => {
	it('answers 415 on POST and PUT without a JSON content type', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			rawBody: '{"name":"x","phone":"1"}',
			headers: { 'Content-Type': 'application/xml' },
		});

		expect(response.status).toBe(415);
		expect(response.json).toEqual({
			code: 'invalid_content_type',
			message:
				'Content-Type header is set to application/xml. It should be set to application/json',
		});
	});

	it('accepts a JSON content type with a charset', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			rawBody: '{"name":"x","phone":"1"}',
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		});

		expect(response.status).toBe(201);
	});

	it('answers 406 for an Accept header without JSON', async () => {
		const response = await call(emulator, 'GET', FIRST_CONTACT, {
			headers: { Accept: 'text/html' },
		});

		expect(response.status).toBe(406);
		expect(response.json).toEqual({
			code: 'invalid_accept_header',
			message: 'Accept header is set to text/html. It should have application/json or */*',
		});
	});

	it('answers 400 invalid_json for a malformed body', async () => {
		const response = await call(emulator, 'POST', '/contacts', {
			rawBody: '{"name": ',
			headers: { 'Content-Type': 'application/json' },
		});

		expect(response.status).toBe(400);
		expect(response.json).toEqual({
			code: 'invalid_json',
			message: 'Request body has invalid json format',
		});
	});

	it('answers 405 with Allow for a wrong verb on a known route', async () => {
		const response = await call(emulator, 'PUT', '/contacts', { body: {} });

		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, POST');
		expect(response.json).toEqual({
			message: 'PUT method is not allowed. It should be one of these method(s): GET, POST',
		});
	});

	it('answers HEAD like GET, without a body', async () => {
		const response = await call(emulator, 'HEAD', FIRST_CONTACT);

		expect(response.status).toBe(200);
		expect(response.text).toBe('');
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
	});

	it('answers 404 with an empty body for unknown routes', async () => {
		const unknown = await call(emulator, 'GET', '/tickets/1/contacts');
		const outsideApi = await call(emulator, 'GET', '/', {
			url: `${emulator.baseUrl}/api/v1/contacts`,
		});

		expect([unknown.status, unknown.text]).toEqual([404, '']);
		expect([outsideApi.status, outsideApi.text]).toEqual([404, '']);
	});
});

describe('response headers and rate limit', () => {
	it('sends the Freshdesk headers on every response, errors included', async () => {
		const ok = await call(emulator, 'GET', FIRST_CONTACT);
		const unauthorized = await call(emulator, 'GET', FIRST_CONTACT, { apiKey: 'wrong' });

		for (const response of [ok, unauthorized]) {
			expect(response.headers.get('x-ratelimit-total')).toBe('700');
			expect(response.headers.get('x-ratelimit-used-currentrequest')).toBe('1');
			expect(response.headers.get('x-freshdesk-api-version')).toBe('latest=v2; requested=v2');
			expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
			expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		}
		expect(ok.headers.get('x-ratelimit-remaining')).toBe('699');
		expect(unauthorized.headers.get('x-ratelimit-remaining')).toBe('698');
		expect(ok.headers.get('retry-after')).toBeNull();
	});

	it('answers 429 with Retry-After and an empty body once the window is used up', async () => {
		emulator.setRateLimit(2, 60_000);

		const first = await call(emulator, 'GET', FIRST_CONTACT);
		await call(emulator, 'GET', FIRST_CONTACT);
		const limited = await call(emulator, 'GET', FIRST_CONTACT);

		expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
		expect(limited.status).toBe(429);
		expect(limited.text).toBe('');
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
		expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
	});

	it('opens a new window after windowMs, with Retry-After rounded up to at least 1', async () => {
		emulator.setRateLimit(1, 300);

		await call(emulator, 'GET', FIRST_CONTACT);
		const limited = await call(emulator, 'GET', FIRST_CONTACT);
		await new Promise((resolve) => setTimeout(resolve, 320));
		const again = await call(emulator, 'GET', FIRST_CONTACT);

		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('1');
		expect(again.status).toBe(200);
	});

	it('forces 429 for the next requests with the Retry-After asked for', async () => {
		emulator.forceRateLimit(2, 7);

		const statuses = [];
		for (let attempt = 0; attempt < 3; attempt++) {
			const response = await call(emulator, 'GET', FIRST_CONTACT);
			statuses.push([response.status, response.headers.get('retry-after')]);
		}

		expect(statuses).toEqual([
			[429, '7'],
			[429, '7'],
			[200, null],
		]);
	});

	it('charges two credits for include=company', async () => {
		const response = await call(emulator, 'GET', '/contacts?include=company&per_page=1');

		expect(response.headers.get('x-ratelimit-used-currentrequest')).toBe('2');
		expect(response.headers.get('x-ratelimit-remaining')).toBe('698');
		expect((response.json as Array<Record<string, unknown>>)[0]).toHaveProperty('company');
	});
});

describe('fault injection', () => {
	it('answers an injected status `times` times, to matching requests only', async () => {
		emulator.injectFault({
			kind: 'status',
			status: 503,
			times: 2,
			match: (request) => request.path.endsWith('/contacts') && request.query.page === '2',
		});

		const other = await call(emulator, 'GET', '/contacts?page=1');
		const first = await call(emulator, 'GET', '/contacts?page=2');
		const second = await call(emulator, 'GET', '/contacts?page=2');
		const third = await call(emulator, 'GET', '/contacts?page=2');

		expect([other.status, first.status, second.status, third.status]).toEqual([200, 503, 503, 200]);
		expect(emulator.requests.map((request) => request.status)).toEqual([200, 503, 503, 200]);
	});

	it('answers injected statuses with the body Freshdesk sends for them', async () => {
		for (const status of [401, 500, 404, 429]) {
			emulator.injectFault({ kind: 'status', status });
		}

		const unauthorized = await call(emulator, 'GET', FIRST_CONTACT);
		const serverError = await call(emulator, 'GET', FIRST_CONTACT);
		const missing = await call(emulator, 'GET', FIRST_CONTACT);
		const limited = await call(emulator, 'GET', FIRST_CONTACT);

		expect(unauthorized.json).toEqual({
			code: 'invalid_credentials',
			message: 'You have to be logged in to perform this action.',
		});
		expect(serverError.json).toEqual({ message: "We're sorry, but something went wrong." });
		expect(serverError.headers.get('x-ratelimit-remaining')).toBe('698');
		expect(serverError.headers.get('x-freshdesk-api-version')).toBe('latest=v2; requested=v2');
		expect([missing.status, missing.text]).toEqual([404, '']);
		expect([limited.status, limited.text, limited.headers.get('retry-after')]).toEqual([
			429,
			'',
			'1',
		]);
	});

	it('drops the connection without an answer', async () => {
		emulator.injectFault({ kind: 'drop' });

		await expect(call(emulator, 'GET', FIRST_CONTACT)).rejects.toThrow();
		expect((await call(emulator, 'GET', FIRST_CONTACT)).status).toBe(200);
	});

	it('delays an answer', async () => {
		emulator.injectFault({ kind: 'delay', ms: 150 });

		const started = Date.now();
		const response = await call(emulator, 'GET', FIRST_CONTACT);

		expect(response.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('clears faults', async () => {
		emulator.injectFault({ kind: 'status', status: 500, times: Infinity });
		emulator.clearFaults();

		expect((await call(emulator, 'GET', FIRST_CONTACT)).status).toBe(200);
	});
});

describe('request recording and control routes', () => {
	it('records the raw query and decodes repeated keys with the last one winning', async () => {
		await call(emulator, 'GET', '/contacts?per_page=100&page=2&per_page=5&email=a%2Bb%40x.example');

		expect(emulator.requests).toHaveLength(1);
		expect(emulator.requests[0]).toMatchObject({
			method: 'GET',
			path: '/api/v2/contacts',
			rawQuery: 'per_page=100&page=2&per_page=5&email=a%2Bb%40x.example',
			query: { per_page: '5', page: '2', email: 'a+b@x.example' },
			bodyText: '',
			body: undefined,
			status: 200,
		});
		expect(emulator.requests[0].headers.authorization).toBe(basicAuth(emulator.apiKey));
	});

	it('records the body of writes', async () => {
		await call(emulator, 'POST', '/contacts', { body: { name: 'Rec', phone: '1' } });

		expect(emulator.requests[0]).toMatchObject({
			bodyText: '{"name":"Rec","phone":"1"}',
			body: { name: 'Rec', phone: '1' },
			status: 201,
		});
	});

	it('lists and clears recorded requests and resets over HTTP, unrecorded', async () => {
		emulator.addContact({ name: 'Temporary', phone: '1' });
		await call(emulator, 'GET', FIRST_CONTACT);

		const control = `${emulator.baseUrl}/_emulator`;
		const listed = (await (await fetch(`${control}/requests`)).json()) as unknown[];
		expect(listed).toHaveLength(1);
		expect(listed[0]).toMatchObject({ path: `/api/v2${FIRST_CONTACT}`, status: 200 });

		const cleared = await fetch(`${control}/requests`, { method: 'DELETE' });
		expect(cleared.status).toBe(204);
		expect(emulator.requests).toEqual([]);

		const reset = await fetch(`${control}/reset`, { method: 'POST' });
		expect(reset.status).toBe(204);
		expect(emulator.getContact(13000000041)).toBeUndefined();
		expect(emulator.requests).toEqual([]);
	});

	it('resets the rate limit and faults', async () => {
		emulator.setRateLimit(1, 60_000);
		emulator.injectFault({ kind: 'status', status: 500, times: Infinity });
		emulator.reset();

		const response = await call(emulator, 'GET', FIRST_CONTACT);
		expect(response.status).toBe(200);
		expect(response.headers.get('x-ratelimit-total')).toBe('700');
	});
});
