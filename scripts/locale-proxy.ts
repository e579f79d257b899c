/**
 * The Agents Playground always sends `locale: "en-US"`. To try the bot as a French or Brazilian
 * Teams user, `npm run playground -- --locale fr-FR` puts this small loopback proxy between the
 * playground and the bot: it sets the activity's locale (and time zone) as a Teams client in that
 * language would, and passes everything else through unchanged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocaleProxy {
  endpoint: string;
  close(): Promise<void>;
}

export async function startLocaleProxy(
  target: string,
  locale: string,
  timeZone?: string,
): Promise<LocaleProxy> {
  const targetUrl = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      try {
        const activity = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        activity.locale = locale;
        if (timeZone) activity.localTimezone = timeZone;
        body = Buffer.from(JSON.stringify(activity));
      } catch {
        // Not JSON: forwarded as is, the bot answers it.
      }
      const headers = { ...req.headers, host: targetUrl.host, 'content-length': String(body.length) };
      const upstream = http.request(
        {
          hostname: targetUrl.hostname,
          port: targetUrl.port,
          path: targetUrl.pathname,
          method: req.method,
          headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
