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
