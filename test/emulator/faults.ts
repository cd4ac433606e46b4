import { type ApiResponse, messages, requestError } from './errors';
import { storageError } from './exports';

interface FaultRequest {
	method: string;
	path: string;
	query: Record<string, string>;
}

type FaultMatcher = (request: FaultRequest) => boolean;

export type Fault =
	| { kind: 'status'; status: number; times?: number; match?: FaultMatcher }
	| { kind: 'drop'; times?: number; match?: FaultMatcher }
	| { kind: 'delay'; ms: number; times?: number; match?: FaultMatcher };

/** Faults fire once unless `times` says otherwise; `Infinity` keeps one armed for good. */
export class FaultPlan {
	private faults: Array<{ fault: Fault; remaining: number }> = [];

	add(fault: Fault): void {
		this.faults.push({ fault, remaining: fault.times ?? 1 });
	}

	clear(): void {
		this.faults = [];
	}

	take(request: FaultRequest): Fault | undefined {
		const entry = this.faults.find(({ fault }) => !fault.match || fault.match(request));
		if (!entry) return undefined;
		entry.remaining--;
		if (entry.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== entry);
		return entry.fault;
	}
}

const STORAGE_ERRORS: Record<number, [string, string]> = {
	403: ['AccessDenied', 'Access Denied'],
	404: ['NoSuchKey', 'The specified key does not exist.'],
	500: ['InternalError', 'We encountered an internal error. Please try again.'],
	503: ['SlowDown', 'Please reduce your request rate.'],
};

/** An injected status answers with the body that status carries on that host. */
export function faultResponse(status: number, onFileHost: boolean): ApiResponse {
	if (onFileHost) {
		const [code, message] = STORAGE_ERRORS[status] ?? ['InvalidRequest', 'Invalid request'];
		return storageError(status, code, message);
	}
	if (status === 429) return { status, headers: { 'Retry-After': '1' } };
	if (status === 401) return requestError(401, 'invalid_credentials', messages.invalidCredentials);
	if (status === 403) return requestError(403, 'access_denied', messages.accessDenied);
	if (status === 404 || status === 204 || status === 304) return { status };
	return { status, body: { message: messages.internalError } };
}
