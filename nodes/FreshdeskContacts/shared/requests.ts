import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

type RequestData = DeclarativeRestApiSettings.ResultOptions;

export const MAX_RATE_LIMIT_RETRIES = 3;
/** Freshdesk's limits are per minute; a longer Retry-After means waiting here would look hung. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const LIST_PAGE_SIZE = 100;
const SEARCH_PAGE_SIZE = 30;
const SEARCH_MAX_PAGES = 10;
const DEFAULT_TIMEOUT_MS = 300_000;

function isRateLimited(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && error.httpCode === '429';
}

function rateLimitError(
	context: IExecutePaginationFunctions,
	limited: NodeApiError,
	message: string,
	wait: number,
): NodeApiError {
	// A new error, not `limited` re-wrapped: NodeApiError hands back an existing one unchanged.
	const error = new NodeApiError(context.getNode(), { code: 'rate_limited' } as JsonObject, {
		message,
		description: limited.description ?? undefined,
		httpCode: '429',
		itemIndex: context.getItemIndex(),
	});
	(error.context as IDataObject).retryAfterSeconds = wait;
	return error;
}

export type TransportFailure = Error & { code?: string; isAxiosError?: boolean };

export function transportFailureOf(error: unknown): TransportFailure | undefined {
	if (!(error instanceof NodeApiError)) return undefined;
	const cause = (error as { cause?: unknown }).cause;
	return cause instanceof Error ? (cause as TransportFailure) : undefined;
}

function seconds(milliseconds: number): string {
	return `${Number((milliseconds / 1000).toFixed(3))} s`;
}

function describeTransportFailure(
	failure: TransportFailure,
	timeoutMs: number,
): { reason: string; hint: string } {
	const code = String(failure.code ?? '');
	if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(failure.message)) {
		return {
			reason: `Freshdesk did not answer within ${seconds(timeoutMs)}`,
			hint: 'Run the node again; if Freshdesk is slow, raise "Timeout" under the node\'s request options.',
		};
	}
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
		return {
			reason: 'The Freshdesk domain could not be found',
			hint: 'Check the domain in the Freshdesk Contacts credential.',
		};
	}
	if (code === 'ECONNREFUSED') {
		return { reason: 'Freshdesk refused the connection', hint: 'Run the node again later.' };
	}
	if (code === 'ERR_CANCELED') {
		return { reason: 'The request to Freshdesk was cancelled', hint: 'The execution was stopped.' };
	}
	return {
		reason: 'The connection to Freshdesk was closed before it answered',
		hint: 'Run the node again; the network or Freshdesk dropped the connection.',
	};
}

/**
 * Network failures reach the node as NodeApiError whose `cause` is the HTTP client's error, and
 * that error carries the request configuration, Authorization header and credential included.
 * It is replaced by an error that keeps only what a person needs.
 */
export function networkError(
	node: INode,
	failure: TransportFailure,
	request: { method?: string; timeout?: number },
	itemIndex?: number,
): NodeApiError {
	const { reason, hint } = describeTransportFailure(failure, request.timeout ?? DEFAULT_TIMEOUT_MS);
	const maybeDone =
		String(request.method ?? 'GET').toUpperCase() === 'GET'
			? ''
			: ' Freshdesk may have made the change before the connection failed: check it in Freshdesk before running this item again, so that it is not done twice.';
	// httpCode stays 'none': given a network code, NodeApiError swaps in n8n's generic message.
	return new NodeApiError(
		node,
		{ code: 'network_error', networkCode: failure.code ?? null } as JsonObject,
		{ message: reason, description: `${hint}${maybeDone}`, httpCode: 'none', itemIndex },
	);
}

/**
 * n8n sends the requests of all input items at once. Freshdesk's limit is per account, so
 * without a cap a run over thousands of items meets a 429 on most of them at the same moment,
 * and after each wait the whole crowd resends together, until items run out of retries. Requests
 * to one account therefore share a few slots, and a 429 pauses every request to that account
 * until Freshdesk's Retry-After has passed; waiting behind someone else's 429 costs no retry.
 */
export const MAX_CONCURRENT_REQUESTS = 10;

interface AccountThrottle {
	inFlight: number;
	queue: Array<() => void>;
	resumeAt: number;
}

const throttles = new Map<string, AccountThrottle>();

function throttleFor(requestData: RequestData): AccountThrottle {
	const account = String(requestData.options.baseURL ?? '');
	let throttle = throttles.get(account);
	if (!throttle) {
		throttle = { inFlight: 0, queue: [], resumeAt: 0 };
		throttles.set(account, throttle);
	}
	return throttle;
}

async function takeSlot(throttle: AccountThrottle): Promise<void> {
	if (throttle.inFlight < MAX_CONCURRENT_REQUESTS) {
		throttle.inFlight++;
		return;
	}
	// The request that frees a slot hands it over, so the count stays as it is.
	await new Promise<void>((resolve) => throttle.queue.push(resolve));
}

function freeSlot(throttle: AccountThrottle): void {
	const next = throttle.queue.shift();
	if (next) next();
	else throttle.inFlight--;
}

/**
 * One routed request; on 429 waits as long as Freshdesk asked (Retry-After) and sends the same
 * request again, a bounded number of times. Used for every operation, pages included, so a rate
 * limit in the middle of a page walk neither loses nor repeats a page.
 */
export async function sendWithRateLimitRetry(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const throttle = throttleFor(requestData);
	await takeSlot(throttle);
	try {
		return await sendUntilNotRateLimited(this, requestData, throttle);
	} finally {
		freeSlot(throttle);
	}
}

async function sendUntilNotRateLimited(
	context: IExecutePaginationFunctions,
	requestData: RequestData,
	throttle: AccountThrottle,
): Promise<INodeExecutionData[]> {
	for (let attempt = 0; ; attempt++) {
		const pause = throttle.resumeAt - Date.now();
		if (pause > 0) await sleep(pause);
		try {
			return await context.makeRoutingRequest(requestData);
		} catch (error) {
			if (!isRateLimited(error)) {
				const failure = transportFailureOf(error);
				if (failure) {
					const itemIndex = context.getItemIndex();
					throw networkError(context.getNode(), failure, requestData.options, itemIndex);
				}
				// Both constructors hand back an error that is already theirs unchanged.
				if (error instanceof NodeOperationError) {
					throw new NodeOperationError(context.getNode(), error);
				}
				throw new NodeApiError(context.getNode(), error as JsonObject);
			}

			const wait = Number((error.context as IDataObject).retryAfterSeconds ?? 60);
			if (wait > MAX_RATE_LIMIT_WAIT_SECONDS) {
				throw rateLimitError(
					context,
					error,
					`Freshdesk's rate limit was reached and it asked to wait ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_SECONDS} s this node waits`,
					wait,
				);
			}
			if (attempt >= MAX_RATE_LIMIT_RETRIES) {
				throw rateLimitError(
					context,
					error,
					`Freshdesk's rate limit was still reached after ${MAX_RATE_LIMIT_RETRIES} retries; it asked to wait ${wait} s`,
					wait,
				);
			}
			throttle.resumeAt = Math.max(throttle.resumeAt, Date.now() + wait * 1000);
		}
	}
}

/**
 * A page walk that fails part-way fails the whole item: the pages already read are dropped
 * rather than passed on as if they were the complete list. The error says where it stopped.
 */
async function sendPage(
	context: IExecutePaginationFunctions,
	requestData: RequestData,
	where: string,
	alreadyRead: number,
): Promise<INodeExecutionData[]> {
	try {
		return await sendWithRateLimitRetry.call(context, requestData);
	} catch (error) {
		const failed = error as NodeApiError | NodeOperationError;
		const dropped =
			alreadyRead > 0
				? ` The ${alreadyRead} contacts read before it were not returned, so that an incomplete list does not pass as complete.`
				: '';
		const before = failed.description ? `${failed.description}\n` : '';
		failed.description = `${before}This happened on ${where}.${dropped}`;
		throw failed;
	}
}

function nextPageFromLink(link: unknown): number | undefined {
	const value = Array.isArray(link) ? link.join(',') : String(link ?? '');
	const next = value.split(',').find((part) => /rel="?next"?/.test(part));
	const page = next?.match(/[?&]page=(\d+)/)?.[1];
	return page ? Number(page) : undefined;
}

function withQuery(requestData: RequestData, query: IDataObject): RequestData {
	return {
		...requestData,
		options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), ...query } },
	};
}

/** Return All, or the Limit as a positive whole number; anything else fails the item. */
function wantedResults(context: IExecutePaginationFunctions): number {
	const returnAll = context.getNodeParameter('returnAll', false);
	if (returnAll === true || returnAll === 'true') return Infinity;

	const limit = context.getNodeParameter('limit', 50);
	const wanted = typeof limit === 'string' && limit.trim() !== '' ? Number(limit) : limit;
	if (typeof wanted !== 'number' || !Number.isSafeInteger(wanted) || wanted < 1) {
		const text = typeof limit === 'object' ? JSON.stringify(limit) : String(limit);
		const shown = text === '' ? 'nothing' : `"${text.slice(0, 40)}"`;
		throw new NodeOperationError(context.getNode(), `Limit must be a positive whole number, got ${shown}`, {
			description: 'Set Limit to 1 or more, or turn on Return All.',
			itemIndex: context.getItemIndex(),
		});
	}
	return wanted;
}

/**
 * Pages are offsets into a sorted list: a contact created or deleted during a walk shifts every
 * later page by one, and the contact at a page's end comes back first on the next. It is passed
 * on once.
 */
function addUnseen(results: INodeExecutionData[], seen: Set<unknown>, items: INodeExecutionData[]) {
	for (const item of items) {
		const id = item.json?.id;
		if (id !== undefined && id !== null) {
			if (seen.has(id)) continue;
			seen.add(id);
		}
		results.push(item);
	}
}

/**
 * GET /contacts with Return All or a limit. Freshdesk has no total count on lists: the `Link`
 * header announces a next page and is absent on the last one, so following it costs exactly
 * ceil(N / 100) requests. The next page number is taken from the link, but the request keeps this
 * node's own URL and query: the credential is never sent to a host named in a response.
 */
export async function paginateContactList(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const wanted = wantedResults(this);
	let nextPage: number | undefined;
	requestData.postReceive.unshift({
		data: { parameterValue: undefined },
		actions: [
			async function recordNextPage(items: INodeExecutionData[], response: IN8nHttpFullResponse) {
				nextPage = response.statusCode < 400 ? nextPageFromLink(response.headers?.link) : undefined;
				return items;
			},
		],
	});

	const perPage = Math.min(LIST_PAGE_SIZE, wanted);
	const results: INodeExecutionData[] = [];
	const seen = new Set<unknown>();
	let page: number | undefined = 1;
	while (page !== undefined) {
		nextPage = undefined;
		const items = await sendPage(
			this,
			withQuery(requestData, { per_page: perPage, page }),
			`page ${page} of the contact list`,
			results.length,
		);
		addUnseen(results, seen, items);
		if (results.length >= wanted) break;
		page = nextPage !== undefined && nextPage > page ? nextPage : undefined;
	}
	return results;
}

/**
 * GET /search/contacts walks `page` 1..10 at a fixed 30 results; Freshdesk sends no Link header
 * here and refuses `per_page`. A short page, the reported total or the page cap ends the walk.
 */
export async function paginateSearch(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const wanted = wantedResults(this);
	let total = 0;
	requestData.postReceive.unshift({
		data: { parameterValue: undefined },
		actions: [
			async function recordTotal(items: INodeExecutionData[], response: IN8nHttpFullResponse) {
				const body = response.body as IDataObject | undefined;
				if (response.statusCode < 400 && typeof body?.total === 'number') total = body.total;
				return items;
			},
		],
	});

	const results: INodeExecutionData[] = [];
	const seen = new Set<unknown>();
	for (let page = 1; page <= SEARCH_MAX_PAGES; page++) {
		const items = await sendPage(
			this,
			withQuery(requestData, { page }),
			`page ${page} of the search results`,
			results.length,
		);
		addUnseen(results, seen, items);
		const reachable = Math.min(total, SEARCH_PAGE_SIZE * SEARCH_MAX_PAGES);
		if (items.length < SEARCH_PAGE_SIZE || results.length >= Math.min(wanted, reachable)) break;
	}

	if (wanted === Infinity && total > results.length) {
		// Item-level contexts cannot add execution hints; the editor's console and the log can.
		const notice = `Freshdesk found ${total} contacts but its search returns at most ${SEARCH_PAGE_SIZE * SEARCH_MAX_PAGES}. Narrow the query (for example by created_at ranges) to reach the rest.`;
		(this as unknown as { sendMessageToUI?: (message: string) => void }).sendMessageToUI?.(notice);
		this.logger.warn(notice);
	}
	return results.slice(0, wanted);
}

function exportSeconds(
	context: IExecutePaginationFunctions,
	options: IDataObject,
	name: string,
	label: string,
	fallback: number,
	allowZero: boolean,
): number {
	const raw = options[name] ?? fallback;
	const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	const valid = typeof value === 'number' && Number.isFinite(value) && value >= 0;
	if (!valid || (!allowZero && value === 0)) {
		const shown = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
		throw new NodeOperationError(
			context.getNode(),
			`${label} must be ${allowZero ? 'zero or more' : 'a positive number of'} seconds, got "${shown.slice(0, 40)}"`,
			{ itemIndex: context.getItemIndex() },
		);
	}
	return value;
}

/**
 * The file sits on Freshdesk's storage host behind a pre-signed URL: it is fetched with a plain
 * request, never with the credential, which must only go to the account's API host (storage also
 * refuses a request that carries a second form of authorisation).
 */
async function downloadExportFile(
	context: IExecutePaginationFunctions,
	status: INodeExecutionData,
	binaryProperty: string,
	timeout: number,
): Promise<INodeExecutionData> {
	const url = String(status.json.download_url);
	let file: Buffer;
	try {
		const body = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			json: false,
			timeout,
		})) as ArrayBuffer | Buffer;
		file = Buffer.from(body as ArrayBuffer);
	} catch (error) {
		const failure = error as { response?: { status?: number }; httpCode?: string };
		const status = failure.response?.status ?? failure.httpCode;
		throw new NodeApiError(context.getNode(), { code: 'download_failed' } as JsonObject, {
			message: `The export file could not be downloaded from Freshdesk${status ? ` (status ${status})` : ''}`,
			description:
				'The download link is only valid for a limited time. Run the export again, or turn off "Download File" and fetch the URL yourself.',
			httpCode: status ? String(status) : 'none',
			itemIndex: context.getItemIndex(),
		});
	}

	const fileName = `contacts-export-${String(status.json.id).slice(0, 12)}.csv`;
	const binary = await context.helpers.prepareBinaryData(file, fileName, 'text/csv');
	return { json: status.json, binary: { [binaryProperty]: binary } };
}

/**
 * Export is two calls: POST /contacts/export starts a job, GET /contacts/export/{id} reports it.
 * Polling is bounded by the node's Max Wait option; running out of it is an error, never a
 * result without a file.
 */
export async function runContactExport(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const waitForFile = this.getNodeParameter('waitForFile', true) as boolean;
	const options = (waitForFile ? this.getNodeParameter('exportOptions', {}) : {}) as IDataObject;
	const intervalMs = exportSeconds(this, options, 'pollInterval', 'Poll Interval', 5, true) * 1000;
	const maxWaitMs = exportSeconds(this, options, 'maxWait', 'Max Wait', 600, false) * 1000;

	const started = await sendWithRateLimitRetry.call(this, requestData);
	const jobId = String(started[0]?.json?.id ?? '');
	if (!jobId) {
		throw new NodeOperationError(this.getNode(), 'Freshdesk did not return an export job ID', {
			itemIndex: this.getItemIndex(),
		});
	}

	if (!waitForFile) return [{ json: { id: jobId, status: 'in_progress', download_url: null } }];

	const statusRequest: RequestData = {
		...requestData,
		options: {
			...requestData.options,
			method: 'GET',
			url: `/contacts/export/${encodeURIComponent(jobId)}`,
			body: undefined,
			qs: {},
		},
	};

	const deadline = Date.now() + maxWaitMs;
	for (;;) {
		const [status] = await sendWithRateLimitRetry.call(this, statusRequest);
		if (status?.json?.status === 'completed' && status.json.download_url) {
			if (options.downloadFile !== true) return [status];
			const binaryProperty = String(options.binaryPropertyName ?? 'data').trim() || 'data';
			const timeout = Number(requestData.options.timeout ?? DEFAULT_TIMEOUT_MS);
			return [await downloadExportFile(this, status, binaryProperty, timeout)];
		}
		if (status?.json?.status === 'failed') {
			throw new NodeOperationError(this.getNode(), `Freshdesk export ${jobId} failed`, {
				description: 'Start the export again; if it keeps failing, export fewer fields.',
				itemIndex: this.getItemIndex(),
			});
		}
		if (Date.now() + intervalMs > deadline) {
			throw new NodeOperationError(
				this.getNode(),
				`Freshdesk export ${jobId} was not ready within ${maxWaitMs / 1000} seconds`,
				{
					description:
						'Raise "Max Wait" in the export options, or turn off "Wait for File" and fetch the job later.',
					itemIndex: this.getItemIndex(),
				},
			);
		}
		await sleep(intervalMs);
	}
}
