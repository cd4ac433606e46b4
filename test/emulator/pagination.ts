import { fieldError, messages } from './errors';
import type { FieldError } from './types';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

interface Page {
	page: number;
	perPage: number;
}

const DIGITS = /^\d+$/;

function positive(text: string | undefined): number | undefined {
	if (text === undefined || !DIGITS.test(text)) return undefined;
	const value = Number(text);
	return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

export function readPage(errors: FieldError[], query: Record<string, string>): number {
	if (query.page === undefined) return 1;
	const page = positive(query.page);
	if (page === undefined) {
		errors.push(fieldError('page', messages.positiveInteger, 'datatype_mismatch'));
	}
	return page ?? 1;
}

/** per_page above 100 is an error, not a clamp, on current Freshdesk accounts. */
export function readPagination(errors: FieldError[], query: Record<string, string>): Page {
	const page = readPage(errors, query);
	if (query.per_page === undefined) return { page, perPage: DEFAULT_PER_PAGE };
	const perPage = positive(query.per_page);
	if (perPage === undefined || perPage > MAX_PER_PAGE) {
		errors.push(fieldError('per_page', messages.perPage(MAX_PER_PAGE), 'datatype_mismatch'));
	}
	return { page, perPage: perPage ?? DEFAULT_PER_PAGE };
}

export function slicePage<T>(items: T[], { page, perPage }: Page): T[] {
	return items.slice((page - 1) * perPage, page * perPage);
}

/** The next-page Link keeps every other query parameter and only bumps `page`. */
export function nextPageLink(
	url: string,
	query: Record<string, string>,
	{ page, perPage }: Page,
	total: number,
): Record<string, string> {
	if (page * perPage >= total) return {};
	const parameters = Object.entries(query)
		.filter(([key]) => key !== 'page')
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	parameters.push(`page=${page + 1}`);
	return { Link: `<${url}?${parameters.join('&')}>; rel="next"` };
}
