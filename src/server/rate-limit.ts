// How fast one connection may send: a token bucket, so a burst of honest clicks passes and a flood does
// not. A message over the limit is refused before it is parsed, so a flooding device costs the host
// next to nothing and cannot slow the others down.
export interface Rate {
  /** Messages a connection may send in one go. */
  readonly burst: number;
  /** Messages per second it earns back. */
  readonly perSecond: number;
}

/** A person taps a few times a second at most; a device that keeps sending faster is broken or hostile. */
export const DEVICE_RATE: Rate = { burst: 30, perSecond: 10 };
/**
 * Joins with the right code from one network address: a device joins once (and again after a reload that lost
 * its storage); ten at once, then one every five seconds, lets a trainer's test tabs through and stops a flood.
 */
export const JOIN_RATE: Rate = { burst: 10, perSecond: 0.2 };
/** The trainer console runs every group of the room. */
export const TRAINER_RATE: Rate = { burst: 200, perSecond: 100 };

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private rate: Rate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.burst;
    this.at = now();
  }

  /** A connection that has said who it is gets that identity's rate. */
  setRate(rate: Rate): void {
    // Only the trainer's token raises the rate, so starting it full gives nothing away.
    this.tokens = rate.burst > this.rate.burst ? rate.burst : Math.min(this.tokens, rate.burst);
    this.rate = rate;
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
