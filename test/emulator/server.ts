import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { EmulatorState } from './context';
import {
	type ApiResponse,
	methodNotAllowed,
	messages,
	notFound,
	noContent,
	requestError,
} from './errors';
import { downloadExport, ExportJobs } from './exports';
import { type Fault, FaultPlan, faultResponse } from './faults';
import { RateLimiter, type RateLimitDecision } from './rateLimit';
import {
	acceptsJson,
	apiKeyFrom,
	mediaType,
	parseJson,
	parseQuery,
	readBody,
} from './requestParsing';
import { matchRoute, type Route } from './router';
import { ContactStore, now } from './store';
import type {
	Contact,
	ContactField,
	EmulatorFeatures,
	EmulatorOptions,
	RateLimitConfig,
	RecordedRequest,
} from './types';

const API_PREFIX = '/api/v2';
const CONTROL_PREFIX = '/_emulator/';
const DOWNLOAD_PREFIX = '/downloads/';
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 700, windowMs: 60_000 };

type Dropped = 'dropped';

function rateLimitHeaders(decision: RateLimitDecision, cost: number): Record<string, string> {
	return {
		'X-Ratelimit-Total': String(decision.total),
		'X-Ratelimit-Remaining': String(decision.remaining),
		'X-Ratelimit-Used-CurrentRequest': String(cost),
	};
}

/** Writes need a JSON object body; restore and send_invite take no body at all. */
function readJsonBody(
	route: Route,
	method: string,
	request: IncomingMessage,
	bodyText: string,
	parsed: unknown,
): { value: unknown } | { refused: ApiResponse } {
	const hasBody = bodyText.trim() !== '';
	if (route.bodyless) {
		if (!hasBody) return { value: undefined };
		return { refused: requestError(400, 'no_content_required', messages.noContent) };
	}
	if (method !== 'POST' && method !== 'PUT') return { value: undefined };
	const contentType = request.headers['content-type'];
	if (mediaType(contentType) !== 'application/json') {
		const message = messages.contentType(contentType ?? '');
		return { refused: requestError(415, 'invalid_content_type', message) };
	}
	if (!hasBody) return { value: undefined };
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return { refused: requestError(400, 'invalid_json', messages.invalidJson) };
	}
	return { value: parsed };
}

export class FreshdeskEmulator {
	readonly apiKey: string;

	requests: RecordedRequest[] = [];

	private readonly restrictedApiKey: string | undefined;

	private readonly features: EmulatorFeatures;

	private readonly store: ContactStore;

	private readonly exports: ExportJobs;

	private readonly rateLimiter: RateLimiter;

	private readonly defaultRateLimit: RateLimitConfig;

	private readonly faults = new FaultPlan();

	private readonly agentLimitReached: boolean;

	private server: Server | undefined;

	private port = 0;

	private readonly pendingDelays = new Set<() => void>();

	constructor(options: EmulatorOptions = {}) {
		this.apiKey = options.apiKey ?? 'test-api-key';
		this.restrictedApiKey = options.restrictedApiKey;
		this.features = {
			multiLanguage: true,
			multiTimeZone: true,
			multipleCompanies: true,
			uniqueExternalId: true,
			...options.features,
		};
		this.store = new ContactStore(
			options.contacts ?? 40,
			options.companies ?? 8,
			this.features.uniqueExternalId,
		);
		this.exports = new ExportJobs(options.exportPollsUntilDone ?? 1);
		this.defaultRateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
		this.rateLimiter = new RateLimiter(this.defaultRateLimit);
		this.agentLimitReached = options.agentLimitReached ?? false;
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(port = 0): Promise<void> {
		const server = createServer((request, response) => {
			this.handle(request, response).catch((error: Error) => {
				if (response.headersSent) return;
				response.writeHead(500, { 'Content-Type': JSON_CONTENT_TYPE });
				response.end(JSON.stringify({ message: messages.internalError, detail: error.message }));
			});
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		});
		const address = server.address();
		this.port = typeof address === 'object' && address ? address.port : port;
		this.server = server;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		for (const release of this.pendingDelays) release();
		this.pendingDelays.clear();
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
	}

	clearRequests(): void {
		this.requests = [];
	}

	reset(): void {
		this.store.reset();
		this.exports.clear();
		this.rateLimiter.configure(this.defaultRateLimit);
		this.faults.clear();
		this.clearRequests();
	}

	getContact(id: number): Contact | undefined {
		return this.store.get(id);
	}

	addContact(fields: Partial<Contact> & { name: string }): Contact {
		return this.store.insert(fields);
	}

	addContacts(count: number, make?: (index: number) => Partial<Contact>): void {
		const timestamp = now();
		for (let index = 0; index < count; index++) {
			const fields = make?.(index) ?? {};
			const name = fields.name ?? `Bulk Contact ${String(index + 1).padStart(6, '0')}`;
			const email = 'email' in fields ? fields.email : `bulk.contact.${index + 1}@bulk.example`;
			this.store.insert({ ...fields, name, email }, timestamp);
		}
	}

	listContactFields(): ContactField[] {
		return this.store.contactFields;
	}

	setRateLimit(limit: number, windowMs: number): void {
		this.rateLimiter.configure({ limit, windowMs });
	}

	forceRateLimit(times: number, retryAfterSeconds: number): void {
		this.rateLimiter.force(times, retryAfterSeconds);
	}

	injectFault(fault: Fault): void {
		this.faults.add(fault);
	}

	clearFaults(): void {
		this.faults.clear();
	}

	private state(): EmulatorState {
		return {
			store: this.store,
			features: this.features,
			exports: this.exports,
			agentLimitReached: this.agentLimitReached,
			apiBaseUrl: this.baseUrl,
			fileHostUrl: `http://localhost:${this.port}`,
		};
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const target = request.url ?? '/';
		const queryStart = target.indexOf('?');
		const rawQuery = queryStart === -1 ? '' : target.slice(queryStart + 1);
		const path = new URL(target, 'http://127.0.0.1').pathname;
		const bodyText = await readBody(request);
		const method = request.method ?? 'GET';

		if (path.startsWith(CONTROL_PREFIX)) {
			this.send(response, this.control(method, path));
			return;
		}

		const recorded: RecordedRequest = {
			method,
			path,
			rawQuery,
			query: parseQuery(rawQuery),
			headers: { ...request.headers },
			bodyText,
			body: parseJson(bodyText),
			status: 0,
		};
		this.requests.push(recorded);

		const result = await this.respond(request, recorded);
		if (result === 'dropped') {
			request.socket.destroy();
			return;
		}
		recorded.status = result.status;
		this.send(response, result);
	}

	private async respond(
		request: IncomingMessage,
		recorded: RecordedRequest,
	): Promise<ApiResponse | Dropped> {
		const fault = this.faults.take(recorded);
		if (fault?.kind === 'drop') return 'dropped';
		if (fault?.kind === 'delay') await this.delay(fault.ms);
		const injected = fault?.kind === 'status' ? fault.status : undefined;
		const common = { 'X-Request-Id': randomUUID() };

		if (recorded.path.startsWith(DOWNLOAD_PREFIX)) {
			const answer =
				injected === undefined
					? this.download(request, recorded.path)
					: faultResponse(injected, true);
			return this.withHeaders(answer, common);
		}

		const cost = recorded.query.include !== undefined ? 2 : 1;
		const decision = this.rateLimiter.take(cost);
		const headers = {
			...common,
			'X-Freshdesk-Api-Version': 'latest=v2; requested=v2',
			...rateLimitHeaders(decision, cost),
		};
		if (injected !== undefined) return this.withHeaders(faultResponse(injected, false), headers);
		if (!decision.allowed) {
			return {
				status: 429,
				headers: { ...headers, 'Retry-After': String(decision.retryAfterSeconds) },
			};
		}
		return this.withHeaders(this.dispatch(request, recorded), headers);
	}

	private withHeaders(response: ApiResponse, headers: Record<string, string>): ApiResponse {
		return { ...response, headers: { ...headers, ...response.headers } };
	}

	private authenticate(request: IncomingMessage): ApiResponse | undefined {
		const key = apiKeyFrom(request.headers.authorization);
		if (key !== undefined && key === this.apiKey) return undefined;
		if (key !== undefined && key === this.restrictedApiKey) {
			return requestError(403, 'access_denied', messages.accessDenied);
		}
		return requestError(401, 'invalid_credentials', messages.invalidCredentials);
	}

	private dispatch(request: IncomingMessage, recorded: RecordedRequest): ApiResponse {
		const refused = this.authenticate(request);
		if (refused) return refused;

		const { method, path } = recorded;
		if (!path.startsWith(`${API_PREFIX}/`)) return notFound();
		const match = matchRoute(path.slice(API_PREFIX.length));
		if (!match) return notFound();
		// Rails answers HEAD with the GET action, minus the body (Node drops it for HEAD).
		const handler = match.route.handlers[method === 'HEAD' ? 'GET' : method];
		if (!handler) return methodNotAllowed(method, Object.keys(match.route.handlers));

		const accept = request.headers.accept;
		if (!acceptsJson(accept)) {
			return requestError(406, 'invalid_accept_header', messages.accept(accept ?? ''));
		}
		const body = readJsonBody(match.route, method, request, recorded.bodyText, recorded.body);
		if ('refused' in body) return body.refused;
		return handler({
			id: match.id,
			exportId: match.exportId,
			query: recorded.query,
			body: body.value,
			state: this.state(),
		});
	}

	/** Export files live on a separate storage host; the API host does not serve them. */
	private download(request: IncomingMessage, path: string): ApiResponse {
		const host = (request.headers.host ?? '').replace(/:\d+$/, '');
		const fileName = path.slice(`${DOWNLOAD_PREFIX}exports/`.length);
		if (host !== 'localhost' || !path.startsWith(`${DOWNLOAD_PREFIX}exports/`)) return notFound();
		return downloadExport(fileName, request.headers.authorization, { exports: this.exports });
	}

	private control(method: string, path: string): ApiResponse {
		if (path === '/_emulator/requests' && method === 'GET') {
			return { status: 200, body: this.requests };
		}
		if (path === '/_emulator/requests' && method === 'DELETE') {
			this.clearRequests();
			return noContent();
		}
		if (path === '/_emulator/reset' && method === 'POST') {
			this.reset();
			return noContent();
		}
		return notFound();
	}

	private delay(milliseconds: number): Promise<void> {
		return new Promise((resolve) => {
			const release = () => {
				clearTimeout(timer);
				this.pendingDelays.delete(release);
				resolve();
			};
			const timer = setTimeout(release, milliseconds);
			this.pendingDelays.add(release);
		});
	}

	private send(response: ServerResponse, result: ApiResponse): void {
		if (response.destroyed || response.writableEnded) return;
		const headers: Record<string, string> = { ...result.headers };
		let payload = '';
		if (result.rawBody) {
			headers['Content-Type'] = result.rawBody.contentType;
			payload = result.rawBody.text;
		} else if (result.body !== undefined) {
			headers['Content-Type'] = JSON_CONTENT_TYPE;
			payload = JSON.stringify(result.body);
		} else if (result.status === 404 || result.status === 429) {
			// Rails `head` keeps the JSON content type while sending no body at all.
			headers['Content-Type'] = JSON_CONTENT_TYPE;
		}
		headers['Content-Length'] = String(Buffer.byteLength(payload));
		response.writeHead(result.status, headers);
		response.end(payload);
	}
}
