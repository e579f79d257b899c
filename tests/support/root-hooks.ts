// Root hooks shared by every suite: no network but loopback, and an unhandled rejection fails the run.
import nock from 'nock';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

export const mochaHooks = {
  beforeAll(): void {
    nock.disableNetConnect();
    nock.enableNetConnect((host: string) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
    process.on('unhandledRejection', onUnhandled);
  },
  afterEach(): void {
    if (unhandled.length > 0) {
      const first = unhandled.splice(0, unhandled.length)[0];
      throw new Error(`An unhandled promise rejection happened during this test: ${String(first)}`);
    }
  },
  afterAll(): void {
    process.off('unhandledRejection', onUnhandled);
    nock.enableNetConnect();
  },
};
