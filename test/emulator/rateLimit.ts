import type { RateLimitConfig } from './types';

export interface RateLimitDecision {
	allowed: boolean;
	total: number;
	remaining: number;
	retryAfterSeconds: number;
}

/** Freshdesk counts every call per account in a fixed one-minute window, invalid ones too. */
export class RateLimiter {
	private windowStartedAt = 0;

	private used = 0;

	private forced: { times: number; retryAfterSeconds: number } | undefined;

	constructor(private config: RateLimitConfig) {}

	configure(config: RateLimitConfig): void {
		this.config = config;
		this.clear();
	}

	clear(): void {
		this.windowStartedAt = 0;
		this.used = 0;
		this.forced = undefined;
	}

	force(times: number, retryAfterSeconds: number): void {
		this.forced = times > 0 ? { times, retryAfterSeconds } : undefined;
	}

	take(cost: number, at = Date.now()): RateLimitDecision {
		const { limit, windowMs } = this.config;
		if (at - this.windowStartedAt >= windowMs) {
			this.windowStartedAt = at;
			this.used = 0;
		}
		const resetInSeconds = Math.max(1, Math.ceil((this.windowStartedAt + windowMs - at) / 1000));

		if (this.forced) {
			const { retryAfterSeconds } = this.forced;
			this.forced.times--;
			if (this.forced.times <= 0) this.forced = undefined;
			return { allowed: false, total: limit, remaining: 0, retryAfterSeconds };
		}
		if (this.used + cost > limit) {
			return { allowed: false, total: limit, remaining: 0, retryAfterSeconds: resetInSeconds };
		}
		this.used += cost;
		return {
			allowed: true,
			total: limit,
			remaining: limit - this.used,
			retryAfterSeconds: resetInSeconds,
		};
	}
}
