import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

type RequestData = DeclarativeRestApiSettings.ResultOptions;

export const MAX_RATE_LIMIT_RETRIES = 3;
const LIST_PAGE_SIZE = 100;
const SEARCH_PAGE_SIZE = 30;
const SEARCH_MAX_PAGES = 10;

function isRateLimited(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && error.httpCode === '429';
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
	for (let attempt = 0; ; attempt++) {
		try {
			return await this.makeRoutingRequest(requestData);
		} catch (error) {
			if (!isRateLimited(error)) {
				// Both constructors hand back an error that is already theirs unchanged.
				if (error instanceof NodeOperationError) throw new NodeOperationError(this.getNode(), error);
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}

			const wait = Number((error.context as IDataObject).retryAfterSeconds ?? 60);
			if (attempt >= MAX_RATE_LIMIT_RETRIES) {
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject, {
					message: `Freshdesk's rate limit was still reached after ${MAX_RATE_LIMIT_RETRIES} retries; it asked to wait ${wait} s`,
					description: error.description ?? undefined,
					httpCode: '429',
				});
			}
			await sleep(wait * 1000);
		}
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

function maxResults(requestData: RequestData): number {
	const limit = Number(requestData.maxResults);
	return Number.isFinite(limit) && limit > 0 ? limit : Infinity;
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
	const wanted = maxResults(requestData);
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
	let page: number | undefined = 1;
	while (page !== undefined) {
		nextPage = undefined;
		const items = await sendWithRateLimitRetry.call(
			this,
			withQuery(requestData, { per_page: perPage, page }),
		);
		for (const item of items) results.push(item);
		if (results.length >= wanted) break;
		page = nextPage !== undefined && nextPage > page ? nextPage : undefined;
	}
	return results;
}

export interface SearchOutcome {
	total: number;
	returned: number;
}

/**
 * GET /search/contacts walks `page` 1..10 at a fixed 30 results; Freshdesk sends no Link header
 * here and refuses `per_page`. A short page, the reported total or the page cap ends the walk.
 */
export async function paginateSearch(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const wanted = maxResults(requestData);
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
	for (let page = 1; page <= SEARCH_MAX_PAGES; page++) {
		const items = await sendWithRateLimitRetry.call(this, withQuery(requestData, { page }));
		for (const item of items) results.push(item);
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

/**
 * Export is two calls: POST /contacts/export starts a job, GET /contacts/export/{id} reports it.
 * Polling is bounded by the node's Max Wait option; running out of it is an error, never a
 * result without a file.
 */
export async function runContactExport(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const started = await sendWithRateLimitRetry.call(this, requestData);
	const jobId = String(started[0]?.json?.id ?? '');
	if (!jobId) {
		throw new NodeOperationError(this.getNode(), 'Freshdesk did not return an export job ID', {
			itemIndex: this.getItemIndex(),
		});
	}

	const waitForFile = this.getNodeParameter('waitForFile', true) as boolean;
	if (!waitForFile) return [{ json: { id: jobId, status: 'in_progress', download_url: null } }];

	const options = this.getNodeParameter('exportOptions', {}) as IDataObject;
	const intervalMs = Number(options.pollInterval ?? 5) * 1000;
	const maxWaitMs = Number(options.maxWait ?? 600) * 1000;
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
		if (status?.json?.status === 'completed' && status.json.download_url) return [status];
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
