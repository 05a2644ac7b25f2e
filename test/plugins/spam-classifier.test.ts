import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const plugin = await loadPlugin('spam-classifier');
const ctx = fakeCtx('spam-classifier', readManifest('spam-classifier').config);
const classify = (text: string) => plugin.classify!({ text }, ctx);

describe('spam-classifier classify', () => {
  it('leaves ordinary mail alone', () => {
    expect(classify('Hi Anna, are we still on for lunch tomorrow? Let me know.')).toEqual({
      label: 'ham',
      score: 0.9526,
      details: { signals: [] },
    });
    expect(classify('The release notes are at https://github.com/org/repo/releases for details.').label).toBe('ham');
  });

  it('flags a prize scam and explains why', () => {
    const out = classify('CONGRATULATIONS!!! You have WON a $1,000,000 cash prize! Click here http://bit.ly/abc to claim your prize NOW!!!');
    expect(out.label).toBe('spam');
    expect(out.score).toBeGreaterThan(0.95);
    expect(out.details.signals).toEqual(
      expect.arrayContaining(['urls:1', 'url-shortener:bit.ly', 'punctuation-runs:2', 'money-amount:1', 'money:cash prize', 'call-to-action:click here']),
    );
  });

  it('flags phishing with a suspicious TLD', () => {
    const out = classify('Dear customer, unusual activity was detected. Verify your account within 24 hours at http://secure-login.xyz/verify');
    expect(out.label).toBe('spam');
    expect(out.details.signals).toEqual(
      expect.arrayContaining(['suspicious-tld:.xyz', 'phishing:verify your account', 'phishing:unusual activity', 'urgency:within 24 hours', 'salutation:dear customer']),
    );
  });

  it.each([
    ['Visit http://192.168.4.20/login now', 'ip-url:192.168.4.20'],
    ['Log in at https://paypa1.com/secure', 'lookalike-host:paypa1.com'],
    ['GET YOUR FREE STUFF TODAY RIGHT HERE', 'caps-ratio:1'],
    ['Get fr33 pills now', 'obfuscated-keyword:fr33'],
    ['Huge sale: 70% off everything', 'percent-off'],
    ['Wow!!!! Really?!?! Amazing!!', 'exclamations:8'],
    ['Limited time offer, act now', 'urgency:act now'],
    ['To unsubscribe reply STOP', 'marketing:unsubscribe'],
  ])('%s -> signal %s', (text, signal) => {
    expect(classify(text).details.signals).toContain(signal);
  });

  it('matches phrases on word boundaries only', () => {
    expect(classify('I wonder if the surprise party was fun').details.signals).toEqual([]);
  });

  it('score is the confidence in the returned label and rises with more signals', () => {
    const one = classify('Act now!');
    const many = classify('URGENT!!! Act now, limited time: claim your cash prize at http://win.top/x');
    expect(many.label).toBe('spam');
    expect(many.score).toBeGreaterThan(one.label === 'spam' ? one.score : 1 - one.score);
    for (const out of [one, many]) expect(out.score).toBeGreaterThanOrEqual(0.5);
  });

  it('honours config.threshold', () => {
    const strict = fakeCtx('spam-classifier', { threshold: 0.05 });
    expect(plugin.classify!({ text: 'Limited time offer' }, strict).label).toBe('spam');
  });

  it.each([
    [null, 'input: expected an object'],
    [{ body: 'x' }, 'input.text: expected a string'],
    [{ text: ['x'] }, 'input.text: expected a string'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => plugin.classify!(input, ctx), fragment);
  });
});
